//! `core::sync::atomic`: atomic integers, `AtomicBool` and `AtomicPtr` on top of `UnsafeCell`.
//! The machine is single-threaded, so the operations are plain reads and writes through the cell
//! (the `Ordering` argument is accepted and ignored).

pub mod atomic {
    use crate::cell::UnsafeCell;
    use crate::fmt;
    use crate::marker::{Send, Sync};
    use crate::ops::FnMut;
    use crate::option::Option::{self, None, Some};
    use crate::result::Result::{self, Err, Ok};

    /// Memory orderings (no effect in a single-threaded machine).
    #[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
    #[non_exhaustive]
    pub enum Ordering {
        Relaxed,
        Release,
        Acquire,
        AcqRel,
        SeqCst,
    }

    pub fn fence(_order: Ordering) {}
    pub fn compiler_fence(_order: Ordering) {}
    pub fn spin_loop_hint() {}

    macro_rules! atomic_int {
        ($($Atomic:ident $t:ty;)*) => {$(
            #[repr(transparent)]
            pub struct $Atomic {
                v: UnsafeCell<$t>,
            }

            unsafe impl Sync for $Atomic {}

            impl $Atomic {
                pub const fn new(v: $t) -> Self {
                    $Atomic { v: UnsafeCell::new(v) }
                }
                pub fn get_mut(&mut self) -> &mut $t {
                    self.v.get_mut()
                }
                pub fn into_inner(self) -> $t {
                    self.v.into_inner()
                }
                pub fn as_ptr(&self) -> *mut $t {
                    self.v.get()
                }
                pub fn load(&self, _order: Ordering) -> $t {
                    // SAFETY: single-threaded machine; the cell allows shared mutation.
                    unsafe { *self.v.get() }
                }
                pub fn store(&self, val: $t, _order: Ordering) {
                    // SAFETY: see `load`.
                    unsafe { *self.v.get() = val }
                }
                pub fn swap(&self, val: $t, _order: Ordering) -> $t {
                    // SAFETY: see `load`.
                    unsafe { crate::mem::replace(&mut *self.v.get(), val) }
                }
                pub fn compare_exchange(&self, current: $t, new: $t, _success: Ordering, _failure: Ordering) -> Result<$t, $t> {
                    let old = self.load(Ordering::SeqCst);
                    if old == current {
                        self.store(new, Ordering::SeqCst);
                        Ok(old)
                    } else {
                        Err(old)
                    }
                }
                pub fn compare_exchange_weak(&self, current: $t, new: $t, success: Ordering, failure: Ordering) -> Result<$t, $t> {
                    self.compare_exchange(current, new, success, failure)
                }
                pub fn compare_and_swap(&self, current: $t, new: $t, order: Ordering) -> $t {
                    match self.compare_exchange(current, new, order, order) {
                        Ok(v) => v,
                        Err(v) => v,
                    }
                }
                pub fn fetch_add(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(old.wrapping_add(val), Ordering::SeqCst);
                    old
                }
                pub fn fetch_sub(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(old.wrapping_sub(val), Ordering::SeqCst);
                    old
                }
                pub fn fetch_and(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(old & val, Ordering::SeqCst);
                    old
                }
                pub fn fetch_or(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(old | val, Ordering::SeqCst);
                    old
                }
                pub fn fetch_xor(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(old ^ val, Ordering::SeqCst);
                    old
                }
                pub fn fetch_max(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(if val > old { val } else { old }, Ordering::SeqCst);
                    old
                }
                pub fn fetch_min(&self, val: $t, _order: Ordering) -> $t {
                    let old = self.load(Ordering::SeqCst);
                    self.store(if val < old { val } else { old }, Ordering::SeqCst);
                    old
                }
                pub fn fetch_update<F: FnMut($t) -> Option<$t>>(&self, _set: Ordering, _fetch: Ordering, mut f: F) -> Result<$t, $t> {
                    let prev = self.load(Ordering::SeqCst);
                    match f(prev) {
                        Some(next) => {
                            self.store(next, Ordering::SeqCst);
                            Ok(prev)
                        }
                        None => Err(prev),
                    }
                }
            }

            impl crate::default::Default for $Atomic {
                fn default() -> Self {
                    Self::new(0)
                }
            }

            impl crate::convert::From<$t> for $Atomic {
                fn from(v: $t) -> Self {
                    Self::new(v)
                }
            }

            impl fmt::Debug for $Atomic {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    fmt::Debug::fmt(&self.load(Ordering::SeqCst), f)
                }
            }
        )*};
    }

    atomic_int! {
        AtomicI8 i8; AtomicI16 i16; AtomicI32 i32; AtomicI64 i64; AtomicIsize isize;
        AtomicU8 u8; AtomicU16 u16; AtomicU32 u32; AtomicU64 u64; AtomicUsize usize;
    }

    #[repr(transparent)]
    pub struct AtomicBool {
        v: UnsafeCell<u8>,
    }

    unsafe impl Sync for AtomicBool {}

    impl AtomicBool {
        pub const fn new(v: bool) -> AtomicBool {
            AtomicBool { v: UnsafeCell::new(v as u8) }
        }
        pub fn load(&self, _order: Ordering) -> bool {
            // SAFETY: single-threaded machine.
            unsafe { *self.v.get() != 0 }
        }
        pub fn store(&self, val: bool, _order: Ordering) {
            // SAFETY: single-threaded machine.
            unsafe { *self.v.get() = val as u8 }
        }
        pub fn swap(&self, val: bool, order: Ordering) -> bool {
            let old = self.load(order);
            self.store(val, order);
            old
        }
        pub fn get_mut(&mut self) -> &mut bool {
            // SAFETY: the cell holds 0 or 1.
            unsafe { &mut *(self.v.get() as *mut bool) }
        }
        pub fn into_inner(self) -> bool {
            self.v.into_inner() != 0
        }
        pub fn compare_exchange(&self, current: bool, new: bool, _s: Ordering, _f: Ordering) -> Result<bool, bool> {
            let old = self.load(Ordering::SeqCst);
            if old == current {
                self.store(new, Ordering::SeqCst);
                Ok(old)
            } else {
                Err(old)
            }
        }
        pub fn fetch_or(&self, val: bool, order: Ordering) -> bool {
            let old = self.load(order);
            self.store(old | val, order);
            old
        }
        pub fn fetch_and(&self, val: bool, order: Ordering) -> bool {
            let old = self.load(order);
            self.store(old & val, order);
            old
        }
    }

    impl crate::default::Default for AtomicBool {
        fn default() -> Self {
            Self::new(false)
        }
    }

    impl fmt::Debug for AtomicBool {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            fmt::Debug::fmt(&self.load(Ordering::SeqCst), f)
        }
    }

    pub struct AtomicPtr<T> {
        p: UnsafeCell<*mut T>,
    }

    unsafe impl<T> Send for AtomicPtr<T> {}
    unsafe impl<T> Sync for AtomicPtr<T> {}

    impl<T> AtomicPtr<T> {
        pub const fn new(p: *mut T) -> AtomicPtr<T> {
            AtomicPtr { p: UnsafeCell::new(p) }
        }
        pub fn load(&self, _order: Ordering) -> *mut T {
            // SAFETY: single-threaded machine.
            unsafe { *self.p.get() }
        }
        pub fn store(&self, ptr: *mut T, _order: Ordering) {
            // SAFETY: single-threaded machine.
            unsafe { *self.p.get() = ptr }
        }
        pub fn swap(&self, ptr: *mut T, order: Ordering) -> *mut T {
            let old = self.load(order);
            self.store(ptr, order);
            old
        }
        pub fn get_mut(&mut self) -> &mut *mut T {
            self.p.get_mut()
        }
        pub fn compare_exchange(&self, current: *mut T, new: *mut T, _s: Ordering, _f: Ordering) -> Result<*mut T, *mut T> {
            let old = self.load(Ordering::SeqCst);
            if old == current {
                self.store(new, Ordering::SeqCst);
                Ok(old)
            } else {
                Err(old)
            }
        }
    }
}

pub use crate::cell::SyncUnsafeCell;
