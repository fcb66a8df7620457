//! `RawVec<T>`: a buffer of `cap` uninitialised `T` slots on the heap, the storage of `Vec` and
//! `VecDeque`. It knows nothing of which slots are initialised.
//!
//! The growth policy is the real std's (`RawVec::grow_amortized`), so `Vec::capacity()` reports the
//! same numbers as a native program: the new capacity is `max(2 * cap, needed)`, and at least 8 for
//! 1-byte elements, 4 for elements up to 1 KiB and 1 otherwise. Zero-sized elements never allocate
//! and have capacity `usize::MAX`. `with_capacity` and `reserve_exact` allocate exactly.

use core::mem;
use core::ptr::{self, NonNull};

use crate::alloc::{Layout, alloc, dealloc, handle_alloc_error, realloc};

pub(crate) struct RawVec<T> {
    ptr: NonNull<T>,
    /// Number of slots; `usize::MAX` for zero-sized `T` (always 0 otherwise when unallocated).
    cap: usize,
}

/// The panic of the real std when a capacity computation overflows or exceeds `isize::MAX` bytes.
#[track_caller]
pub(crate) fn capacity_overflow() -> ! {
    panic!("capacity overflow")
}

impl<T> RawVec<T> {
    /// The smallest non-zero capacity the amortized growth picks (real: `MIN_NON_ZERO_CAP`).
    pub(crate) fn min_non_zero_cap() -> usize {
        let size = mem::size_of::<T>();
        if size == 1 {
            8
        } else if size <= 1024 {
            4
        } else {
            1
        }
    }

    /// An empty buffer: no allocation, dangling pointer.
    pub(crate) const fn new() -> Self {
        let cap = if mem::size_of::<T>() == 0 { usize::MAX } else { 0 };
        RawVec { ptr: NonNull::dangling(), cap }
    }

    /// A buffer of exactly `capacity` slots (none for zero-sized `T` or `capacity == 0`).
    #[track_caller]
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        let mut raw = RawVec::new();
        if mem::size_of::<T>() != 0 && capacity != 0 {
            raw.set_allocation(capacity, false);
        }
        raw
    }

    /// Like [`RawVec::with_capacity`] with zeroed memory.
    #[track_caller]
    pub(crate) fn with_capacity_zeroed(capacity: usize) -> Self {
        let mut raw = RawVec::new();
        if mem::size_of::<T>() != 0 && capacity != 0 {
            raw.set_allocation(capacity, true);
        }
        raw
    }

    /// Takes ownership of an existing allocation.
    ///
    /// # Safety
    /// `ptr` must have been allocated with the layout of `[T; capacity]` (or be dangling if that is
    /// zero-sized).
    pub(crate) unsafe fn from_raw_parts(ptr: *mut T, capacity: usize) -> Self {
        let cap = if mem::size_of::<T>() == 0 { usize::MAX } else { capacity };
        // SAFETY: the caller guarantees a valid pointer.
        RawVec { ptr: unsafe { NonNull::new_unchecked(ptr) }, cap }
    }

    #[inline]
    pub(crate) fn ptr(&self) -> *mut T {
        self.ptr.as_ptr()
    }

    #[inline]
    pub(crate) fn non_null(&self) -> NonNull<T> {
        self.ptr
    }

    #[inline]
    pub(crate) fn capacity(&self) -> usize {
        self.cap
    }

    /// The layout of the current allocation, if there is one.
    fn current_layout(&self) -> Option<Layout> {
        if mem::size_of::<T>() == 0 || self.cap == 0 {
            return None;
        }
        // SAFETY: it was valid when allocated.
        Some(unsafe { Layout::from_size_align_unchecked(mem::size_of::<T>() * self.cap, mem::align_of::<T>()) })
    }

    /// The layout of `[T; cap]`, or the capacity-overflow panic.
    #[track_caller]
    fn array_layout(cap: usize) -> Layout {
        match Layout::array::<T>(cap) {
            Ok(layout) => layout,
            Err(_) => capacity_overflow(),
        }
    }

    /// Replaces an unallocated buffer by a fresh allocation of `cap` slots.
    #[track_caller]
    fn set_allocation(&mut self, cap: usize, zeroed: bool) {
        let layout = Self::array_layout(cap);
        // SAFETY: `T` is not zero-sized and `cap != 0`, so the size is non-zero.
        let ptr = unsafe {
            if zeroed { crate::alloc::alloc_zeroed(layout) } else { alloc(layout) }
        };
        if ptr.is_null() {
            handle_alloc_error(layout)
        }
        // SAFETY: checked non-null.
        self.ptr = unsafe { NonNull::new_unchecked(ptr as *mut T) };
        self.cap = cap;
    }

    /// Moves the buffer to an allocation of exactly `new_cap` slots (grow or shrink), keeping the
    /// contents of the first `min(cap, new_cap)` slots. `new_cap == 0` frees the buffer.
    #[track_caller]
    fn resize_to(&mut self, new_cap: usize) {
        if mem::size_of::<T>() == 0 {
            return;
        }
        match self.current_layout() {
            None => {
                if new_cap != 0 {
                    self.set_allocation(new_cap, false);
                }
            }
            Some(old_layout) => {
                if new_cap == 0 {
                    // SAFETY: allocated with `old_layout`.
                    unsafe { dealloc(self.ptr.as_ptr() as *mut u8, old_layout) };
                    self.ptr = NonNull::dangling();
                    self.cap = 0;
                    return;
                }
                let new_layout = Self::array_layout(new_cap);
                // SAFETY: allocated with `old_layout`; same alignment; non-zero new size.
                let ptr = unsafe { realloc(self.ptr.as_ptr() as *mut u8, old_layout, new_layout.size()) };
                if ptr.is_null() {
                    handle_alloc_error(new_layout)
                }
                // SAFETY: checked non-null.
                self.ptr = unsafe { NonNull::new_unchecked(ptr as *mut T) };
                self.cap = new_cap;
            }
        }
    }

    /// Whether `additional` more slots after `len` need a bigger buffer.
    fn needs_to_grow(&self, len: usize, additional: usize) -> bool {
        additional > self.cap.wrapping_sub(len)
    }

    /// Ensures room for `len + additional` slots with amortized growth (real: `reserve`).
    #[track_caller]
    pub(crate) fn reserve(&mut self, len: usize, additional: usize) {
        if self.needs_to_grow(len, additional) {
            self.grow_amortized(len, additional);
        }
    }

    /// Ensures room for exactly `len + additional` slots (real: `reserve_exact`).
    #[track_caller]
    pub(crate) fn reserve_exact(&mut self, len: usize, additional: usize) {
        if self.needs_to_grow(len, additional) {
            let Some(cap) = len.checked_add(additional) else { capacity_overflow() };
            self.resize_to(cap);
        }
    }

    /// Grows for one more element when `len == cap` (real: `grow_one`).
    #[track_caller]
    pub(crate) fn grow_one(&mut self) {
        self.grow_amortized(self.cap, 1);
    }

    #[track_caller]
    fn grow_amortized(&mut self, len: usize, additional: usize) {
        if mem::size_of::<T>() == 0 {
            // The capacity is already `usize::MAX`: asking for more overflows.
            capacity_overflow();
        }
        let Some(required) = len.checked_add(additional) else { capacity_overflow() };
        let doubled = self.cap.wrapping_mul(2);
        let mut cap = if doubled > required { doubled } else { required };
        let min_cap = Self::min_non_zero_cap();
        if cap < min_cap {
            cap = min_cap;
        }
        self.resize_to(cap);
    }

    /// Shrinks the buffer to `cap` slots (no-op if it is already at most that big).
    #[track_caller]
    pub(crate) fn shrink_to(&mut self, cap: usize) {
        if mem::size_of::<T>() != 0 && cap < self.cap {
            self.resize_to(cap);
        }
    }
}

impl<T> Drop for RawVec<T> {
    /// Frees the buffer; the owner has dropped the initialised elements before.
    fn drop(&mut self) {
        if let Some(layout) = self.current_layout() {
            // SAFETY: allocated with this layout.
            unsafe { dealloc(self.ptr.as_ptr() as *mut u8, layout) }
        }
    }
}

// SAFETY: a `RawVec<T>` owns its buffer like a `Box<[T]>` would (real std: through `Unique<T>`).
unsafe impl<T: Send> Send for RawVec<T> {}
unsafe impl<T: Sync> Sync for RawVec<T> {}
