//! `core::alloc`: `Layout` (size + power-of-two alignment), `LayoutError`, `GlobalAlloc`.
//! The model `alloc` re-exports these and implements allocation with the `__bs_alloc` hooks.

use crate::fmt;
use crate::mem;
use crate::option::Option::{self, None, Some};
use crate::ptr::{self, NonNull};
use crate::result::Result::{self, Err, Ok};

/// The layout of a block of memory.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Layout {
    size: usize,
    align: usize,
}

impl Layout {
    /// Checks that `align` is a power of two and that `size` rounded up to `align` does not exceed
    /// `isize::MAX` (real core's conditions).
    #[inline]
    pub const fn from_size_align(size: usize, align: usize) -> Result<Self, LayoutError> {
        if !align.is_power_of_two() {
            return Err(LayoutError);
        }
        if size > isize::MAX as usize - (align - 1) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }

    /// # Safety
    /// The conditions of `from_size_align` must hold.
    #[inline]
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Self {
        Layout { size, align }
    }

    #[inline]
    pub const fn size(&self) -> usize {
        self.size
    }

    #[inline]
    pub const fn align(&self) -> usize {
        self.align
    }

    #[inline]
    pub const fn new<T>() -> Self {
        Layout { size: mem::size_of::<T>(), align: mem::align_of::<T>() }
    }

    #[inline]
    pub fn for_value<T: ?Sized>(t: &T) -> Self {
        Layout { size: mem::size_of_val(t), align: mem::align_of_val(t) }
    }

    #[inline]
    pub unsafe fn for_value_raw<T: ?Sized>(t: *const T) -> Self {
        // SAFETY: the caller guarantees a valid pointer for these intrinsics.
        unsafe {
            Layout {
                size: crate::intrinsics::size_of_val(t),
                align: crate::intrinsics::align_of_val(t),
            }
        }
    }

    #[inline]
    pub const fn dangling(&self) -> NonNull<u8> {
        // SAFETY: align is guaranteed to be non-zero
        unsafe { NonNull::new_unchecked(ptr::without_provenance_mut::<u8>(self.align)) }
    }

    #[inline]
    pub fn align_to(&self, align: usize) -> Result<Self, LayoutError> {
        let new_align = if align > self.align { align } else { self.align };
        Layout::from_size_align(self.size, new_align)
    }

    #[inline]
    pub const fn padding_needed_for(&self, align: usize) -> usize {
        let len = self.size;
        let len_rounded_up = (len + align - 1) & !(align - 1);
        len_rounded_up - len
    }

    #[inline]
    pub fn pad_to_align(&self) -> Layout {
        let pad = self.padding_needed_for(self.align);
        Layout { size: self.size + pad, align: self.align }
    }

    /// `n` copies of `self` with padding between them; returns the layout and the stride.
    #[inline]
    pub fn repeat(&self, n: usize) -> Result<(Self, usize), LayoutError> {
        let padded_size = self.size + self.padding_needed_for(self.align);
        let alloc_size = match padded_size.checked_mul(n) {
            Some(s) => s,
            None => return Err(LayoutError),
        };
        match Layout::from_size_align(alloc_size, self.align) {
            Ok(l) => Ok((l, padded_size)),
            Err(e) => Err(e),
        }
    }

    /// `self` followed by `next` (C layout); returns the layout and the offset of `next`.
    #[inline]
    pub fn extend(&self, next: Self) -> Result<(Self, usize), LayoutError> {
        let new_align = if next.align > self.align { next.align } else { self.align };
        let pad = self.padding_needed_for(next.align);
        let offset = match self.size.checked_add(pad) {
            Some(o) => o,
            None => return Err(LayoutError),
        };
        let new_size = match offset.checked_add(next.size) {
            Some(s) => s,
            None => return Err(LayoutError),
        };
        match Layout::from_size_align(new_size, new_align) {
            Ok(l) => Ok((l, offset)),
            Err(e) => Err(e),
        }
    }

    #[inline]
    pub fn array<T>(n: usize) -> Result<Self, LayoutError> {
        let size = match mem::size_of::<T>().checked_mul(n) {
            Some(s) => s,
            None => return Err(LayoutError),
        };
        Layout::from_size_align(size, mem::align_of::<T>())
    }
}

/// The error of an invalid `Layout`.
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub struct LayoutError;

pub type LayoutErr = LayoutError;

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid parameters to Layout::from_size_align")
    }
}

/// The error of a failed allocation.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct AllocError;

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("memory allocation failed")
    }
}

/// A global memory allocator (user `#[global_allocator]`s are not supported by the machine yet).
pub unsafe trait GlobalAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8;
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout);

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        // SAFETY: the safety contract for `alloc` must be upheld by the caller.
        let ptr = unsafe { self.alloc(layout) };
        if !ptr.is_null() {
            // SAFETY: as allocation succeeded, the region from `ptr` of size `size` is valid.
            unsafe { ptr::write_bytes(ptr, 0, size) };
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller must ensure that the `new_size` does not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: the caller must ensure that `new_layout` is greater than zero.
        let new_ptr = unsafe { self.alloc(new_layout) };
        if !new_ptr.is_null() {
            let n = if layout.size() < new_size { layout.size() } else { new_size };
            // SAFETY: the previously allocated block cannot overlap the newly allocated block.
            unsafe {
                ptr::copy_nonoverlapping(ptr as *const u8, new_ptr, n);
                self.dealloc(ptr, layout);
            }
        }
        new_ptr
    }
}
