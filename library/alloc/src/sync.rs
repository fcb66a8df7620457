//! `Arc<T>` and `Weak<T>`: atomically reference-counted pointers, with the counts on the heap next to
//! the value, as in the real std.
//!
//! The machine runs one thread, so the atomic counts behave exactly like `Arc`'s; they are atomics
//! anyway so that `Arc` has the real type's auto traits (`Send`/`Sync` for `T: Send + Sync`).
//!
//! The heap block is an `ArcInner<T>` (`#[repr(C)]`: strong count, weak count, value). All strong
//! pointers together hold one weak reference, so the block is freed when the weak count reaches zero;
//! the value is dropped when the strong count does. `Weak::new()` allocates nothing and uses the
//! address `usize::MAX` as a sentinel, like the real std.

use core::any::Any;
use core::borrow::Borrow;
use core::sync::atomic::{AtomicUsize, Ordering::{Acquire, Relaxed, Release, SeqCst}};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::{PhantomData, Unsize};
use core::mem::{self, ManuallyDrop};
use core::ops::{CoerceUnsized, Deref, DispatchFromDyn};
use core::ptr::{self, NonNull};

use crate::alloc::{Layout, dealloc};
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

/// The heap block shared by an `Arc` and its `Weak`s.
#[repr(C)]
struct ArcInner<T: ?Sized> {
    strong: AtomicUsize,
    weak: AtomicUsize,
    value: T,
}

/// A single-threaded reference-counting pointer.
pub struct Arc<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
    phantom: PhantomData<ArcInner<T>>,
}

/// A non-owning reference to an `Arc` allocation.
pub struct Weak<T: ?Sized> {
    /// `usize::MAX` (dangling) for `Weak::new()`.
    ptr: NonNull<ArcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Arc<U>> for Arc<T> {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Arc<U>> for Arc<T> {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Weak<U>> for Weak<T> {}

/// The offset of `value` in `ArcInner<T>` for a sized `T`: the two counts, rounded up to `T`'s
/// alignment (`#[repr(C)]`).
fn data_offset<T>() -> usize {
    let header = 2 * mem::size_of::<usize>();
    let align = mem::align_of::<T>();
    (header + align - 1) & !(align - 1)
}

impl<T> Arc<T> {
    /// Moves `value` into a new reference-counted allocation.
    pub fn new(value: T) -> Arc<T> {
        let inner = Box::new(ArcInner { strong: AtomicUsize::new(1), weak: AtomicUsize::new(1), value });
        Arc { ptr: Box::into_non_null(inner), phantom: PhantomData }
    }

    /// Creates an `Arc` whose value can refer to itself through a `Weak` (the `Weak` cannot be upgraded
    /// while `data_fn` runs).
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Arc<T> {
        // Allocate with strong count 0 and an uninitialised value.
        let layout = Layout::new::<ArcInner<T>>();
        let raw = crate::alloc::alloc_for_layout(layout) as *mut ArcInner<T>;
        // SAFETY: fresh allocation of the right layout; the counts are initialised before any use.
        unsafe {
            ptr::write(&raw mut (*raw).strong, AtomicUsize::new(0));
            ptr::write(&raw mut (*raw).weak, AtomicUsize::new(1));
            let weak = Weak { ptr: NonNull::new_unchecked(raw) };
            let data = data_fn(&weak);
            ptr::write(&raw mut (*raw).value, data);
            (*raw).strong.store(1, SeqCst);
            // The strong pointers' shared weak reference is the one `weak` holds.
            mem::forget(weak);
            Arc { ptr: NonNull::new_unchecked(raw), phantom: PhantomData }
        }
    }

    /// Pins a new `Arc`.
    pub fn pin(value: T) -> core::pin::Pin<Arc<T>> {
        // SAFETY: the value of an `Arc` never moves.
        unsafe { core::pin::Pin::new_unchecked(Arc::new(value)) }
    }

    /// Returns the value if this is the only strong pointer, otherwise gives the `Arc` back.
    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Arc::strong_count(&this) != 1 {
            return Err(this);
        }
        let this = ManuallyDrop::new(this);
        let inner = this.inner();
        // SAFETY: the only strong pointer: the value is moved out and the strong pointers' weak
        // reference is released, possibly freeing the block (not the value again).
        unsafe {
            let val = ptr::read(&inner.value);
            inner.strong.store(0, SeqCst);
            drop(Weak { ptr: this.ptr });
            Ok(val)
        }
    }

    /// Returns the value if this is the only strong pointer (otherwise drops the pointer).
    pub fn into_inner(this: Self) -> Option<T> {
        Arc::try_unwrap(this).ok()
    }

    /// Consumes the `Arc`, returning a pointer to the value.
    pub fn into_raw(this: Self) -> *const T {
        let this = ManuallyDrop::new(this);
        Arc::as_ptr(&*this)
    }

    /// Rebuilds an `Arc` from [`Arc::into_raw`].
    ///
    /// # Safety
    /// `ptr` must come from `Arc::<T>::into_raw` and its strong reference must not have been released.
    pub unsafe fn from_raw(ptr: *const T) -> Self {
        // SAFETY: `ptr` points at the `value` field of an `ArcInner<T>`.
        unsafe {
            let inner = (ptr as *const u8).byte_sub(data_offset::<T>()) as *mut ArcInner<T>;
            Arc { ptr: NonNull::new_unchecked(inner), phantom: PhantomData }
        }
    }

    /// Increments the strong count of the `Arc` behind `ptr` (from `into_raw`).
    ///
    /// # Safety
    /// As for `from_raw`.
    pub unsafe fn increment_strong_count(ptr: *const T) {
        // SAFETY: the caller's contract; the temporary `Arc` is not dropped.
        unsafe {
            let rc = ManuallyDrop::new(Arc::from_raw(ptr));
            let _clone: ManuallyDrop<Arc<T>> = ManuallyDrop::new(Arc::clone(&*rc));
        }
    }

    /// Decrements the strong count of the `Arc` behind `ptr` (from `into_raw`).
    ///
    /// # Safety
    /// As for `from_raw`.
    pub unsafe fn decrement_strong_count(ptr: *const T) {
        // SAFETY: the caller's contract.
        unsafe { drop(Arc::from_raw(ptr)) }
    }
}

impl<T: ?Sized> Arc<T> {
    fn inner(&self) -> &ArcInner<T> {
        // SAFETY: the block is alive while a strong pointer exists.
        unsafe { self.ptr.as_ref() }
    }

    /// A raw pointer to the value (not through a reference, so it keeps the `Arc`'s provenance).
    pub fn as_ptr(this: &Self) -> *const T {
        let ptr: *mut ArcInner<T> = this.ptr.as_ptr();
        // SAFETY: in bounds of the live block.
        unsafe { &raw mut (*ptr).value }
    }

    /// Creates a new `Weak` pointer to this allocation.
    pub fn downgrade(this: &Self) -> Weak<T> {
        let weak = &this.inner().weak;
        weak.store(weak.load(SeqCst) + 1, SeqCst);
        Weak { ptr: this.ptr }
    }

    /// The number of `Weak` pointers (not counting the one the strong pointers share).
    pub fn weak_count(this: &Self) -> usize {
        this.inner().weak.load(SeqCst) - 1
    }

    /// The number of strong pointers.
    pub fn strong_count(this: &Self) -> usize {
        this.inner().strong.load(SeqCst)
    }

    /// Whether this is the only pointer (strong or weak) to the allocation.
    fn is_unique(this: &Self) -> bool {
        Arc::weak_count(this) == 0 && Arc::strong_count(this) == 1
    }

    /// Mutable access if there are no other `Arc` or `Weak` pointers.
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Arc::is_unique(this) {
            // SAFETY: unique access to the value.
            unsafe { Some(&mut (*this.ptr.as_ptr()).value) }
        } else {
            None
        }
    }

    /// Whether two `Arc`s point to the same allocation (compares addresses only, like the real
    /// `ptr::addr_eq`).
    pub fn ptr_eq(this: &Self, other: &Self) -> bool {
        Arc::as_ptr(this) as *const () == Arc::as_ptr(other) as *const ()
    }
}

impl<T: Clone> Arc<T> {
    /// Mutable access, cloning the value first if other pointers exist (clone-on-write). Weak
    /// pointers are disassociated if this is the only strong pointer.
    pub fn make_mut(this: &mut Self) -> &mut T {
        if Arc::strong_count(this) != 1 {
            let cloned = (**this).clone();
            *this = Arc::new(cloned);
        } else if Arc::weak_count(this) != 0 {
            // Move the value into a fresh block and leave the weak pointers with a dead one.
            let inner = this.inner();
            // SAFETY: the only strong pointer: the value is moved, then the old block's strong count
            // is dropped to 0 and the strong pointers' weak reference released.
            unsafe {
                let value = ptr::read(&inner.value);
                inner.strong.store(0, SeqCst);
                inner.weak.store(inner.weak.load(SeqCst) - 1, SeqCst);
                ptr::write(this, Arc::new(value));
            }
        }
        // SAFETY: unique now.
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }

    /// The value if unique, else a clone.
    pub fn unwrap_or_clone(this: Self) -> T {
        match Arc::try_unwrap(this) {
            Ok(value) => value,
            Err(rc) => (*rc).clone(),
        }
    }
}

impl Arc<dyn Any> {
    /// Attempts to downcast to a concrete type.
    pub fn downcast<T: Any>(self) -> Result<Arc<T>, Self> {
        if (*self).is::<T>() {
            let this = ManuallyDrop::new(self);
            Ok(Arc { ptr: this.ptr.cast(), phantom: PhantomData })
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> Clone for Arc<T> {
    /// Another strong pointer (increments the strong count).
    #[inline]
    fn clone(&self) -> Arc<T> {
        let strong = &self.inner().strong;
        strong.store(strong.load(SeqCst) + 1, SeqCst);
        Arc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Drop for Arc<T> {
    /// Decrements the strong count; at zero drops the value and releases the strong pointers' weak
    /// reference (freeing the block if no `Weak` remains).
    fn drop(&mut self) {
        let inner = self.inner();
        let strong = inner.strong.load(SeqCst) - 1;
        inner.strong.store(strong, SeqCst);
        if strong == 0 {
            // SAFETY: the last strong pointer: nobody can reach the value any more.
            unsafe {
                ptr::drop_in_place(&raw mut (*self.ptr.as_ptr()).value);
                drop(Weak { ptr: self.ptr });
            }
        }
    }
}

impl<T: ?Sized> Weak<T> {
    fn is_dangling(&self) -> bool {
        self.ptr.as_ptr() as *mut () as *const () == ptr::without_provenance::<()>(usize::MAX)
    }

    /// Upgrades to an `Arc` if the value is still alive.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        if self.is_dangling() {
            return None;
        }
        // SAFETY: the block is alive while a weak reference exists.
        let inner = unsafe { self.ptr.as_ref() };
        let strong = inner.strong.load(SeqCst);
        if strong == 0 {
            None
        } else {
            inner.strong.store(strong + 1, SeqCst);
            Some(Arc { ptr: self.ptr, phantom: PhantomData })
        }
    }

    /// The number of strong pointers (0 for a dangling `Weak`).
    pub fn strong_count(&self) -> usize {
        if self.is_dangling() {
            return 0;
        }
        // SAFETY: as in `upgrade`.
        unsafe { self.ptr.as_ref() }.strong.load(SeqCst)
    }

    /// The number of `Weak` pointers (0 if no strong pointer remains).
    pub fn weak_count(&self) -> usize {
        if self.is_dangling() {
            return 0;
        }
        // SAFETY: as in `upgrade`.
        let inner = unsafe { self.ptr.as_ref() };
        if inner.strong.load(SeqCst) > 0 { inner.weak.load(SeqCst) - 1 } else { inner.weak.load(SeqCst) }
    }

    /// Whether two `Weak`s point to the same allocation (or are both dangling).
    pub fn ptr_eq(&self, other: &Self) -> bool {
        self.ptr.as_ptr() as *const () == other.ptr.as_ptr() as *const ()
    }
}

impl<T> Weak<T> {
    /// A `Weak` that never upgrades; allocates nothing.
    pub const fn new() -> Weak<T> {
        // SAFETY: `usize::MAX` is not null.
        Weak { ptr: unsafe { NonNull::new_unchecked(ptr::without_provenance_mut::<ArcInner<T>>(usize::MAX)) } }
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.is_dangling() {
            // SAFETY: the block is alive while a weak reference exists.
            let weak = unsafe { &self.ptr.as_ref().weak };
            weak.store(weak.load(SeqCst) + 1, SeqCst);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    /// Decrements the weak count and frees the block at zero (the value is already dropped then).
    fn drop(&mut self) {
        if self.is_dangling() {
            return;
        }
        // SAFETY: the block is alive while a weak reference exists; at weak count 0 nobody else can
        // reach it. The layout is read from the (dropped but allocated) block.
        unsafe {
            let inner = self.ptr.as_ref();
            let weak = inner.weak.load(SeqCst) - 1;
            inner.weak.store(weak, SeqCst);
            if weak == 0 {
                let layout = Layout::for_value(inner);
                dealloc(self.ptr.as_ptr() as *mut u8, layout);
            }
        }
    }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(Weak)")
    }
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Self {
        Arc::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Eq> Eq for Arc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: ?Sized + Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Arc::as_ptr(self), f)
    }
}

impl<T: ?Sized> Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> core::marker::Unpin for Arc<T> {}

// SAFETY: the counts are atomic; sharing an `Arc<T>` shares `&T` (needs `T: Sync`) and may drop or
// unwrap `T` on another thread (needs `T: Send`), as in the real std.
unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}
