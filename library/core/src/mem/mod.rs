//! Memory utilities: `size_of`, `swap`, `replace`, `take`, `forget`, `transmute`, `discriminant`,
//! and the wrappers `ManuallyDrop` and `MaybeUninit`.

mod manually_drop;
mod maybe_uninit;

pub use self::manually_drop::ManuallyDrop;
pub use self::maybe_uninit::MaybeUninit;

pub use crate::intrinsics::transmute;

use crate::clone::Clone;
use crate::cmp::{Eq, PartialEq};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;
use crate::marker::{Copy, DiscriminantKind, Sized};
use crate::ptr;

#[inline(always)]
pub const fn size_of<T>() -> usize {
    intrinsics::size_of::<T>()
}

#[inline]
pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    // SAFETY: `val` is a reference, so it's a valid raw pointer.
    unsafe { intrinsics::size_of_val(val) }
}

#[inline]
pub unsafe fn size_of_val_raw<T: ?Sized>(val: *const T) -> usize {
    unsafe { intrinsics::size_of_val(val) }
}

#[inline(always)]
pub const fn align_of<T>() -> usize {
    intrinsics::align_of::<T>()
}

#[inline]
pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    // SAFETY: `val` is a reference, so it's a valid raw pointer.
    unsafe { intrinsics::align_of_val(val) }
}

/// Deprecated alias of `align_of`.
#[inline]
pub fn min_align_of<T>() -> usize {
    intrinsics::align_of::<T>()
}

#[inline]
pub const fn needs_drop<T: ?Sized>() -> bool {
    intrinsics::needs_drop::<T>()
}

/// Takes ownership and "forgets" the value without running its destructor (real core wraps it in
/// `ManuallyDrop`, as here).
#[inline]
pub fn forget<T>(t: T) {
    let _ = ManuallyDrop::new(t);
}

/// Disposes of a value (its destructor runs at the end of this function).
#[inline]
pub fn drop<T>(_x: T) {}

/// Bitwise copy of `src` reinterpreted as `Dst` (reads `size_of::<Dst>()` bytes, unaligned).
#[inline]
#[track_caller]
pub unsafe fn transmute_copy<Src, Dst>(src: &Src) -> Dst {
    assert!(
        size_of::<Src>() >= size_of::<Dst>(),
        "cannot transmute_copy if Dst is larger than Src"
    );
    // SAFETY: the caller guarantees that `src` holds a valid `Dst`; the read is unaligned.
    unsafe { ptr::read_unaligned(src as *const Src as *const Dst) }
}

/// A value of `T` with all bytes zero.
#[inline]
pub unsafe fn zeroed<T>() -> T {
    // SAFETY: the caller guarantees that all-zero is a valid `T`.
    unsafe { MaybeUninit::zeroed().assume_init() }
}

/// Deprecated: real core fills with a fixed byte pattern; here the value is left uninitialised.
#[inline]
pub unsafe fn uninitialized<T>() -> T {
    unsafe { MaybeUninit::uninit().assume_init() }
}

/// Swaps the values at two mutable locations (typed reads and writes, like real core's `swap` for
/// small types).
#[inline]
pub fn swap<T>(x: &mut T, y: &mut T) {
    // SAFETY: `x` and `y` are unique references, hence valid and non-overlapping.
    unsafe {
        let a = ptr::read(x);
        let b = ptr::read(y);
        ptr::write(x, b);
        ptr::write(y, a);
    }
}

/// Replaces `*dest` with `src`, returning the previous value.
#[inline]
pub fn replace<T>(dest: &mut T, src: T) -> T {
    // SAFETY: `dest` is a unique reference; the old value is moved out before the new one is
    // written, so nothing is dropped or duplicated.
    unsafe {
        let result = ptr::read(dest);
        ptr::write(dest, src);
        result
    }
}

/// Replaces `*dest` with `T::default()`, returning the previous value.
#[inline]
pub fn take<T: Default>(dest: &mut T) -> T {
    replace(dest, T::default())
}

/// An opaque value identifying an enum variant (`mem::discriminant`).
pub struct Discriminant<T>(<T as DiscriminantKind>::Discriminant);

#[inline]
pub fn discriminant<T>(v: &T) -> Discriminant<T> {
    Discriminant(intrinsics::discriminant_value(v))
}

impl<T> Copy for Discriminant<T> {}

impl<T> Clone for Discriminant<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> PartialEq for Discriminant<T> {
    fn eq(&self, rhs: &Self) -> bool {
        self.0 == rhs.0
    }
}

impl<T> Eq for Discriminant<T> {}

impl<T> Hash for Discriminant<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<T> fmt::Debug for Discriminant<T> {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt.debug_tuple("Discriminant").field(&self.0).finish()
    }
}

/// `offset_of!(Type, field)`: rust-analyzer parses it as `builtin # offset_of`.
#[allow_internal_unstable(builtin_syntax)]
pub macro offset_of($Container:ty, $($fields:expr)+ $(,)?) {
    builtin # offset_of($Container, $($fields)+)
}
