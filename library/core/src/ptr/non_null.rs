//! `NonNull<T>`: a non-null, covariant raw pointer. `#[rustc_layout_scalar_valid_range_start(1)]`
//! gives `Option<NonNull<T>>` (and `Option<Box<T>>`) the null niche, as in real core.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::From;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{Copy, PointeeSized, Sized, Unsize};
use crate::mem;
use crate::ops::{CoerceUnsized, DispatchFromDyn};
use crate::option::Option::{self, None, Some};

#[repr(transparent)]
#[rustc_layout_scalar_valid_range_start(1)]
#[rustc_nonnull_optimization_guaranteed]
pub struct NonNull<T: PointeeSized> {
    pointer: *const T,
}

impl<T> NonNull<T> {
    /// A dangling, well-aligned pointer without provenance.
    #[inline]
    pub const fn dangling() -> Self {
        // SAFETY: the alignment is never zero.
        unsafe { NonNull::new_unchecked(crate::ptr::dangling_mut::<T>()) }
    }

    #[inline]
    pub const fn without_provenance(addr: crate::num::NonZero<usize>) -> Self {
        // SAFETY: `addr` is non-zero.
        unsafe { NonNull::new_unchecked(crate::ptr::without_provenance_mut(addr.get())) }
    }

    #[inline]
    pub fn with_exposed_provenance(addr: crate::num::NonZero<usize>) -> Self {
        // SAFETY: `addr` is non-zero.
        unsafe { NonNull::new_unchecked(crate::ptr::with_exposed_provenance_mut(addr.get())) }
    }

    #[inline(always)]
    #[track_caller]
    pub const unsafe fn offset(self, count: isize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `offset`; the result is non-null.
        unsafe { NonNull { pointer: intrinsics::offset(self.pointer, count) } }
    }

    #[inline(always)]
    #[track_caller]
    pub const unsafe fn add(self, count: usize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `add`; the result is non-null.
        unsafe { NonNull { pointer: intrinsics::offset(self.pointer, count) } }
    }

    #[inline(always)]
    #[track_caller]
    pub unsafe fn sub(self, count: usize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `sub`; the result is non-null.
        unsafe { NonNull { pointer: self.pointer.sub(count) } }
    }

    #[inline]
    pub unsafe fn byte_add(self, count: usize) -> Self {
        // SAFETY: the caller must uphold the safety contract for `byte_add`.
        unsafe { NonNull { pointer: self.pointer.byte_add(count) } }
    }

    #[inline]
    pub unsafe fn offset_from(self, origin: NonNull<T>) -> isize {
        // SAFETY: the caller must uphold the safety contract for `offset_from`.
        unsafe { self.pointer.offset_from(origin.pointer) }
    }

    #[inline]
    pub unsafe fn offset_from_unsigned(self, subtracted: NonNull<T>) -> usize {
        // SAFETY: the caller must uphold the safety contract for `offset_from_unsigned`.
        unsafe { self.pointer.offset_from_unsigned(subtracted.pointer) }
    }

    #[inline]
    pub const unsafe fn read(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read`.
        unsafe { crate::ptr::read(self.pointer) }
    }

    #[inline]
    pub unsafe fn read_unaligned(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read_unaligned`.
        unsafe { crate::ptr::read_unaligned(self.pointer) }
    }

    #[inline]
    pub unsafe fn write(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write`.
        unsafe { crate::ptr::write(self.as_ptr(), val) }
    }

    #[inline]
    pub unsafe fn write_unaligned(self, val: T) {
        // SAFETY: the caller must uphold the safety contract for `write_unaligned`.
        unsafe { crate::ptr::write_unaligned(self.as_ptr(), val) }
    }

    #[inline]
    pub unsafe fn replace(self, src: T) -> T {
        // SAFETY: the caller must uphold the safety contract for `replace`.
        unsafe { crate::ptr::replace(self.as_ptr(), src) }
    }

    #[inline]
    pub unsafe fn swap(self, with: NonNull<T>) {
        // SAFETY: the caller must uphold the safety contract for `swap`.
        unsafe { crate::ptr::swap(self.as_ptr(), with.as_ptr()) }
    }

    #[inline]
    pub unsafe fn copy_to_nonoverlapping(self, dest: NonNull<T>, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy_nonoverlapping`.
        unsafe { intrinsics::copy_nonoverlapping(self.pointer, dest.as_ptr(), count) }
    }

    #[inline]
    pub unsafe fn copy_from_nonoverlapping(self, src: NonNull<T>, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy_nonoverlapping`.
        unsafe { intrinsics::copy_nonoverlapping(src.pointer, self.as_ptr(), count) }
    }

    #[inline]
    pub fn is_aligned(self) -> bool {
        self.pointer.is_aligned()
    }

    #[inline]
    pub const fn slice_from_raw_parts(data: NonNull<T>, len: usize) -> NonNull<[T]> {
        // SAFETY: `data` is non-null, so is the slice pointer built from it.
        unsafe { NonNull::new_unchecked(crate::ptr::slice_from_raw_parts_mut(data.as_ptr(), len)) }
    }

    #[inline]
    pub const fn from_ref_sized(r: &T) -> Self {
        // SAFETY: a reference cannot be null.
        unsafe { NonNull { pointer: r as *const T } }
    }
}

impl<T: ?Sized> NonNull<T> {
    /// # Safety
    /// `ptr` must be non-null.
    #[inline]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> Self {
        // SAFETY: the caller must guarantee that `ptr` is non-null.
        unsafe { NonNull { pointer: ptr as *const T } }
    }

    #[inline]
    pub fn new(ptr: *mut T) -> Option<Self> {
        if !ptr.is_null() {
            // SAFETY: the pointer was just checked.
            Some(unsafe { Self::new_unchecked(ptr) })
        } else {
            None
        }
    }

    #[inline]
    pub const fn from_ref(r: &T) -> Self {
        // SAFETY: a reference cannot be null.
        unsafe { NonNull { pointer: r as *const T } }
    }

    #[inline]
    pub fn from_mut(r: &mut T) -> Self {
        // SAFETY: a mutable reference cannot be null.
        unsafe { NonNull { pointer: r as *mut T as *const T } }
    }

    #[inline(always)]
    pub const fn as_ptr(self) -> *mut T {
        self.pointer as *mut T
    }

    /// The address, without exposing provenance.
    #[inline]
    pub fn addr(self) -> crate::num::NonZero<usize> {
        // SAFETY: the pointer is non-null.
        unsafe { crate::num::NonZero::<usize>::new_unchecked(self.pointer.addr()) }
    }

    #[inline]
    pub fn expose_provenance(self) -> crate::num::NonZero<usize> {
        // SAFETY: the pointer is non-null.
        unsafe { crate::num::NonZero::<usize>::new_unchecked(self.pointer.expose_provenance()) }
    }

    #[inline(always)]
    pub const unsafe fn as_ref<'a>(&self) -> &'a T {
        // SAFETY: the caller must guarantee that `self` meets all the requirements for a reference.
        unsafe { &*self.as_ptr().cast_const() }
    }

    #[inline(always)]
    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T {
        // SAFETY: the caller must guarantee that `self` meets all the requirements for a mutable
        // reference.
        unsafe { &mut *self.as_ptr() }
    }

    #[inline]
    pub const fn cast<U>(self) -> NonNull<U> {
        // SAFETY: `self` is non-null, so is the cast pointer.
        unsafe { NonNull { pointer: self.pointer as *const U } }
    }

    #[inline]
    pub unsafe fn drop_in_place(self) {
        // SAFETY: the caller must uphold the safety contract for `drop_in_place`.
        unsafe { crate::ptr::drop_in_place(self.as_ptr()) }
    }
}

impl<T> NonNull<[T]> {
    #[inline]
    pub fn len(self) -> usize {
        self.as_ptr().len()
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_mut_ptr(self) -> *mut T {
        self.as_ptr() as *mut T
    }

    #[inline]
    pub const fn as_non_null_ptr(self) -> NonNull<T> {
        self.cast()
    }
}

impl<T: ?Sized> Clone for NonNull<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for NonNull<T> {}

impl<T: PointeeSized, U: PointeeSized> CoerceUnsized<NonNull<U>> for NonNull<T> where T: Unsize<U> {}

impl<T: PointeeSized, U: PointeeSized> DispatchFromDyn<NonNull<U>> for NonNull<T> where T: Unsize<U> {}

impl<T: ?Sized> fmt::Debug for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

impl<T: ?Sized> fmt::Pointer for NonNull<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

impl<T: ?Sized> Eq for NonNull<T> {}

impl<T: ?Sized> PartialEq for NonNull<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.as_ptr() == other.as_ptr()
    }
}

impl<T: ?Sized> Ord for NonNull<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_ptr().cmp(&other.as_ptr())
    }
}

impl<T: ?Sized> PartialOrd for NonNull<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.as_ptr().partial_cmp(&other.as_ptr())
    }
}

impl<T: ?Sized> Hash for NonNull<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_ptr().hash(state)
    }
}

impl<T: ?Sized> From<&mut T> for NonNull<T> {
    #[inline]
    fn from(r: &mut T) -> Self {
        NonNull::from_mut(r)
    }
}

impl<T: ?Sized> From<&T> for NonNull<T> {
    #[inline]
    fn from(r: &T) -> Self {
        NonNull::from_ref(r)
    }
}
