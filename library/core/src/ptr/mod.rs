//! Raw pointers: free functions (`null`, `read`, `write`, `copy`, `swap`, `drop_in_place`, ...),
//! the inherent methods of `*const T`/`*mut T` (`const_ptr.rs`, `mut_ptr.rs`), `NonNull` and the
//! internal `Unique` (used by `Box`/`Vec` in the model `alloc`).
//!
//! Fat pointers to slices are built and taken apart by transmuting to and from [`FatPtr`], which
//! has the layout rustc gives `*const [T]` (data pointer, then length). The data pointer keeps its
//! provenance through the transmute.

mod const_ptr;
mod mut_ptr;
mod non_null;
mod unique;

pub use self::non_null::NonNull;
pub use self::unique::Unique;

pub use crate::intrinsics::{copy, copy_nonoverlapping, write_bytes};

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{PointeeSized, Sized};
use crate::mem::{self, MaybeUninit};
use crate::option::Option::{self, None, Some};

/// The in-memory layout of `*const [T]`/`*const str`/`&[T]`.
#[repr(C)]
#[doc(hidden)]
pub struct FatPtr<T> {
    pub data: *const T,
    pub len: usize,
}

impl<T> crate::clone::Clone for FatPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> crate::marker::Copy for FatPtr<T> {}

/// Drops the pointee in place. Body-less: the machine runs the drop glue of `T` (in real core the
/// compiler replaces this lang item's body with the glue).
#[lang = "drop_in_place"]
#[rustc_intrinsic]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);

#[inline(always)]
pub const fn null<T>() -> *const T {
    without_provenance(0)
}

#[inline(always)]
pub const fn null_mut<T>() -> *mut T {
    without_provenance_mut(0)
}

/// A pointer with address `addr` and no provenance (real core transmutes the integer, so it is not
/// an integer-to-pointer cast).
#[inline(always)]
pub const fn without_provenance<T>(addr: usize) -> *const T {
    // SAFETY: every valid integer is a valid pointer (without provenance).
    unsafe { intrinsics::transmute::<usize, *const T>(addr) }
}

#[inline(always)]
pub const fn without_provenance_mut<T>(addr: usize) -> *mut T {
    // SAFETY: every valid integer is a valid pointer (without provenance).
    unsafe { intrinsics::transmute::<usize, *mut T>(addr) }
}

/// A dangling, well-aligned pointer.
#[inline(always)]
pub const fn dangling<T>() -> *const T {
    without_provenance(intrinsics::align_of::<T>())
}

#[inline(always)]
pub const fn dangling_mut<T>() -> *mut T {
    without_provenance_mut(intrinsics::align_of::<T>())
}

/// Integer-to-pointer cast that picks up previously exposed provenance.
#[inline(always)]
pub fn with_exposed_provenance<T>(addr: usize) -> *const T {
    addr as *const T
}

#[inline(always)]
pub fn with_exposed_provenance_mut<T>(addr: usize) -> *mut T {
    addr as *mut T
}

#[inline(always)]
pub const fn from_ref<T: ?Sized>(r: &T) -> *const T {
    r
}

#[inline(always)]
pub fn from_mut<T: ?Sized>(r: &mut T) -> *mut T {
    r
}

#[inline]
pub const fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] {
    // SAFETY: `FatPtr<T>` has the layout of `*const [T]`.
    unsafe { intrinsics::transmute::<FatPtr<T>, *const [T]>(FatPtr { data, len }) }
}

#[inline]
pub const fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] {
    // SAFETY: `FatPtr<T>` has the layout of `*mut [T]`.
    unsafe { intrinsics::transmute::<FatPtr<T>, *mut [T]>(FatPtr { data: data as *const T, len }) }
}

/// Reads the value from `src` without moving it (a typed copy).
#[inline]
#[track_caller]
pub const unsafe fn read<T>(src: *const T) -> T {
    // SAFETY: the caller guarantees `src` is valid for reads and aligned.
    unsafe { intrinsics::read_via_copy(src) }
}

/// Reads the value from `src`, which may be unaligned (a byte-wise copy, as in real core).
#[inline]
#[track_caller]
pub unsafe fn read_unaligned<T>(src: *const T) -> T {
    let mut tmp = MaybeUninit::<T>::uninit();
    // SAFETY: the caller guarantees `src` is valid for reads; `tmp` cannot overlap it.
    unsafe {
        copy_nonoverlapping(src as *const u8, tmp.as_mut_ptr() as *mut u8, mem::size_of::<T>());
        tmp.assume_init()
    }
}

#[inline]
pub unsafe fn read_volatile<T>(src: *const T) -> T {
    // SAFETY: the caller guarantees `src` is valid for reads and aligned.
    unsafe { intrinsics::volatile_load(src) }
}

/// Overwrites `*dst` with `src` without reading or dropping the old value.
#[inline]
#[track_caller]
pub const unsafe fn write<T>(dst: *mut T, src: T) {
    // SAFETY: the caller guarantees `dst` is valid for writes and aligned.
    unsafe { intrinsics::write_via_move(dst, src) }
}

#[inline]
#[track_caller]
pub unsafe fn write_unaligned<T>(dst: *mut T, src: T) {
    // SAFETY: the caller guarantees `dst` is valid for writes; `src` is a local.
    unsafe {
        copy_nonoverlapping(&src as *const T as *const u8, dst as *mut u8, mem::size_of::<T>());
    }
    mem::forget(src);
}

#[inline]
pub unsafe fn write_volatile<T>(dst: *mut T, src: T) {
    // SAFETY: the caller guarantees `dst` is valid for writes and aligned.
    unsafe { intrinsics::volatile_store(dst, src) }
}

/// Replaces `*dst` with `src`, returning the old value (through a `&mut`, as real core does).
#[inline]
pub unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    // SAFETY: the caller guarantees `dst` is valid for reads and writes.
    unsafe { mem::replace(&mut *dst, src) }
}

/// Swaps the values at `x` and `y`, which may overlap (through a temporary, as in real core).
#[inline]
pub unsafe fn swap<T>(x: *mut T, y: *mut T) {
    let mut tmp = MaybeUninit::<T>::uninit();
    // SAFETY: the caller guarantees both pointers are valid for reads and writes.
    unsafe {
        copy_nonoverlapping(x as *const T, tmp.as_mut_ptr(), 1);
        copy(y as *const T, x, 1); // `x` and `y` may overlap
        copy_nonoverlapping(tmp.as_ptr(), y, 1);
    }
}

/// Swaps `count` elements at `x` and `y`, which must not overlap.
#[inline]
pub unsafe fn swap_nonoverlapping<T>(x: *mut T, y: *mut T, count: usize) {
    let mut i = 0;
    while i < count {
        // SAFETY: the caller guarantees both ranges are valid and disjoint.
        unsafe { swap(x.add(i), y.add(i)) };
        i += 1;
    }
}

/// Compares raw pointers for equality (address and metadata).
#[inline]
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

/// Compares the addresses only, ignoring metadata.
#[inline]
pub fn addr_eq<T: ?Sized, U: ?Sized>(p: *const T, q: *const U) -> bool {
    (p as *const ()) == (q as *const ())
}

/// Hashes the pointer's address and metadata.
pub fn hash<T: ?Sized, S: Hasher>(hashee: *const T, into: &mut S) {
    hashee.hash(into);
}

/// `&raw const $place`
#[rustc_macro_transparency = "semiopaque"]
pub macro addr_of($place:expr) {
    &raw const $place
}

/// `&raw mut $place`
#[rustc_macro_transparency = "semiopaque"]
pub macro addr_of_mut($place:expr) {
    &raw mut $place
}

// ----- trait impls for raw pointers -----

impl<T: ?Sized> PartialEq for *const T {
    #[inline]
    fn eq(&self, other: &*const T) -> bool {
        *self == *other
    }
}

impl<T: ?Sized> Eq for *const T {}

impl<T: ?Sized> PartialEq for *mut T {
    #[inline]
    fn eq(&self, other: &*mut T) -> bool {
        *self == *other
    }
}

impl<T: ?Sized> Eq for *mut T {}

impl<T: ?Sized> PartialOrd for *const T {
    #[inline]
    fn partial_cmp(&self, other: &*const T) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: ?Sized> Ord for *const T {
    #[inline]
    fn cmp(&self, other: &*const T) -> Ordering {
        if self < other {
            Ordering::Less
        } else if self == other {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }
}

impl<T: ?Sized> PartialOrd for *mut T {
    #[inline]
    fn partial_cmp(&self, other: &*mut T) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: ?Sized> Ord for *mut T {
    #[inline]
    fn cmp(&self, other: &*mut T) -> Ordering {
        if self < other {
            Ordering::Less
        } else if self == other {
            Ordering::Equal
        } else {
            Ordering::Greater
        }
    }
}

impl<T: ?Sized> Hash for *const T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.addr());
    }
}

impl<T: ?Sized> Hash for *mut T {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.addr());
    }
}

impl<T: ?Sized> fmt::Debug for *const T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> fmt::Debug for *mut T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for *const T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::pointer_fmt_inner(self.addr(), f)
    }
}

impl<T: ?Sized> fmt::Pointer for *mut T {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::pointer_fmt_inner(self.addr(), f)
    }
}
