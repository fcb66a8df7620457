//! Inherent methods of `*const T` (allowed on a primitive type by `#![rustc_coherence_is_core]`).
//! Arithmetic goes through the `offset`/`arith_offset` intrinsics so the machine checks in-bounds
//! requirements exactly where real core has them.

use crate::intrinsics;
use crate::marker::Sized;
use crate::mem;
use crate::option::Option::{self, None, Some};

impl<T: ?Sized> *const T {
    /// Address comparison with 0 (ignores metadata).
    #[inline]
    pub fn is_null(self) -> bool {
        self.addr() == 0
    }

    #[inline(always)]
    pub const fn cast<U>(self) -> *const U {
        self as *const U
    }

    #[inline(always)]
    pub const fn cast_mut(self) -> *mut T {
        self as *mut T
    }

    /// The address, without exposing the provenance (a transmute, as in real core).
    #[inline(always)]
    pub fn addr(self) -> usize {
        // SAFETY: a thin pointer and `usize` have the same size; the provenance is dropped.
        unsafe { intrinsics::transmute::<*const (), usize>(self as *const ()) }
    }

    /// The address, exposing the provenance for later `with_exposed_provenance`.
    #[inline(always)]
    pub fn expose_provenance(self) -> usize {
        self as *const () as usize
    }

    #[inline]
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        // SAFETY: the caller guarantees `self` is valid for a reference if non-null.
        if self.is_null() { None } else { unsafe { Some(&*self) } }
    }

    #[inline]
    pub unsafe fn as_ref_unchecked<'a>(self) -> &'a T {
        // SAFETY: the caller guarantees `self` is valid for a reference.
        unsafe { &*self }
    }
}

impl<T> *const T {
    /// A pointer with the given address and the provenance of `self`.
    #[inline]
    pub fn with_addr(self, addr: usize) -> Self {
        let self_addr = self.addr() as isize;
        let dest_addr = addr as isize;
        let offset = dest_addr.wrapping_sub(self_addr);
        (self as *const u8).wrapping_offset(offset) as *const T
    }

    #[inline]
    pub fn map_addr(self, f: impl crate::ops::FnOnce(usize) -> usize) -> Self {
        self.with_addr(f(self.addr()))
    }

    #[inline(always)]
    #[track_caller]
    pub const unsafe fn offset(self, count: isize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline(always)]
    #[track_caller]
    pub const unsafe fn add(self, count: usize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline(always)]
    #[track_caller]
    pub unsafe fn sub(self, count: usize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { intrinsics::offset(self, (count as isize).wrapping_neg()) }
    }

    #[inline(always)]
    pub fn wrapping_offset(self, count: isize) -> *const T {
        // SAFETY: `arith_offset` has no preconditions.
        unsafe { intrinsics::arith_offset(self, count) }
    }

    #[inline(always)]
    pub fn wrapping_add(self, count: usize) -> *const T {
        self.wrapping_offset(count as isize)
    }

    #[inline(always)]
    pub fn wrapping_sub(self, count: usize) -> *const T {
        self.wrapping_offset((count as isize).wrapping_neg())
    }

    #[inline(always)]
    pub unsafe fn byte_offset(self, count: isize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `offset`.
        unsafe { (self as *const u8).offset(count) as *const T }
    }

    #[inline(always)]
    pub unsafe fn byte_add(self, count: usize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `add`.
        unsafe { (self as *const u8).add(count) as *const T }
    }

    #[inline(always)]
    pub unsafe fn byte_sub(self, count: usize) -> *const T {
        // SAFETY: the caller must uphold the safety contract for `sub`.
        unsafe { (self as *const u8).sub(count) as *const T }
    }

    #[inline(always)]
    pub fn wrapping_byte_offset(self, count: isize) -> *const T {
        (self as *const u8).wrapping_offset(count) as *const T
    }

    #[inline(always)]
    pub fn wrapping_byte_add(self, count: usize) -> *const T {
        (self as *const u8).wrapping_add(count) as *const T
    }

    #[inline(always)]
    pub fn wrapping_byte_sub(self, count: usize) -> *const T {
        (self as *const u8).wrapping_sub(count) as *const T
    }

    #[inline]
    #[track_caller]
    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        // SAFETY: the caller must uphold the safety contract for `ptr_offset_from`.
        unsafe { intrinsics::ptr_offset_from(self, origin) }
    }

    #[inline]
    #[track_caller]
    pub unsafe fn offset_from_unsigned(self, origin: *const T) -> usize {
        // SAFETY: the caller must uphold the safety contract for `ptr_offset_from_unsigned`.
        unsafe { intrinsics::ptr_offset_from_unsigned(self, origin) }
    }

    #[inline]
    pub unsafe fn sub_ptr(self, origin: *const T) -> usize {
        unsafe { self.offset_from_unsigned(origin) }
    }

    #[inline]
    pub unsafe fn byte_offset_from<U>(self, origin: *const U) -> isize {
        unsafe { (self as *const u8).offset_from(origin as *const u8) }
    }

    #[inline]
    #[track_caller]
    pub const unsafe fn read(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read`.
        unsafe { crate::ptr::read(self) }
    }

    #[inline]
    #[track_caller]
    pub unsafe fn read_unaligned(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read_unaligned`.
        unsafe { crate::ptr::read_unaligned(self) }
    }

    #[inline]
    pub unsafe fn read_volatile(self) -> T {
        // SAFETY: the caller must uphold the safety contract for `read_volatile`.
        unsafe { crate::ptr::read_volatile(self) }
    }

    #[inline]
    pub unsafe fn copy_to(self, dest: *mut T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy`.
        unsafe { intrinsics::copy(self, dest, count) }
    }

    #[inline]
    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) {
        // SAFETY: the caller must uphold the safety contract for `copy_nonoverlapping`.
        unsafe { intrinsics::copy_nonoverlapping(self, dest, count) }
    }

    #[inline]
    pub fn is_aligned(self) -> bool {
        self.addr() % mem::align_of::<T>() == 0
    }

    #[inline]
    pub fn is_aligned_to(self, align: usize) -> bool {
        self.addr() % align == 0
    }

    /// Elements to advance so the address is aligned to `align` (`usize::MAX` if impossible).
    #[inline]
    pub fn align_offset(self, align: usize) -> usize {
        if !align.is_power_of_two() {
            crate::panicking::panic("align_offset: align is not a power-of-two");
        }
        let rem = self.addr() % align;
        if rem == 0 {
            return 0;
        }
        let bytes = align - rem;
        let size = mem::size_of::<T>();
        if size == 0 {
            return usize::MAX;
        }
        if bytes % size == 0 { bytes / size } else { usize::MAX }
    }

    #[inline]
    pub unsafe fn as_uninit_ref<'a>(self) -> Option<&'a mem::MaybeUninit<T>> {
        if self.is_null() { None } else { unsafe { Some(&*(self as *const mem::MaybeUninit<T>)) } }
    }
}

impl<T> *const [T] {
    #[inline]
    pub fn len(self) -> usize {
        // SAFETY: `FatPtr<T>` has the layout of `*const [T]`.
        unsafe { intrinsics::transmute::<*const [T], crate::ptr::FatPtr<T>>(self).len }
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_ptr(self) -> *const T {
        self as *const T
    }
}
