//! Numeric types: inherent methods of the integer types (`int_macros.rs`, `uint_macros.rs`) and
//! floats (`float.rs`), parsing (`FromStr`, `from_str_radix`), the error types, and `NonZero`.

#[macro_use]
mod int_common;
mod int_macros;
mod uint_macros;
mod float;
pub(crate) mod bignum;
mod nonzero;
mod parse;

pub use self::nonzero::{NonZero, ZeroablePrimitive};
pub use self::nonzero::{NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI128, NonZeroIsize};
pub use self::nonzero::{NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU128, NonZeroUsize};
pub use self::parse::{IntErrorKind, ParseIntError};
pub use self::float::{FpCategory, ParseFloatError, f32_consts, f64_consts};

use crate::fmt;

/// Error of a failed checked integer conversion (`TryFrom`).
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad("out of range integral type conversion attempted")
    }
}

impl From<crate::convert::Infallible> for TryFromIntError {
    fn from(x: crate::convert::Infallible) -> TryFromIntError {
        match x {}
    }
}

impl From<!> for TryFromIntError {
    fn from(never: !) -> TryFromIntError {
        match never {}
    }
}

use crate::convert::From;

/// `Wrapping<T>`: arithmetic that wraps on overflow.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Wrapping<T>(pub T);

impl<T: fmt::Debug> fmt::Debug for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> fmt::Display for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! wrapping_impl {
    ($($t:ty)*) => {$(
        impl crate::ops::Add for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn add(self, other: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_add(other.0)) }
        }
        impl crate::ops::Sub for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn sub(self, other: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_sub(other.0)) }
        }
        impl crate::ops::Mul for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn mul(self, other: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_mul(other.0)) }
        }
        impl crate::ops::AddAssign for Wrapping<$t> {
            fn add_assign(&mut self, other: Wrapping<$t>) { *self = *self + other; }
        }
        impl crate::ops::SubAssign for Wrapping<$t> {
            fn sub_assign(&mut self, other: Wrapping<$t>) { *self = *self - other; }
        }
        impl crate::ops::MulAssign for Wrapping<$t> {
            fn mul_assign(&mut self, other: Wrapping<$t>) { *self = *self * other; }
        }
    )*};
}
wrapping_impl! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

macro_rules! fmt_forward {
    ($W:ident: $($tr:ident)*) => {$(
        impl<T: fmt::$tr> fmt::$tr for $W<T> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}
fmt_forward! { Wrapping: Binary Octal LowerHex UpperHex }
fmt_forward! { Saturating: Binary Octal LowerHex UpperHex }

/// Operators shared by `Wrapping` and `Saturating`: `$W(self.0.$method(other.0))` for the
/// arithmetic ones, plain bit operations, compound assignment, `Sum`/`Product`.
macro_rules! wrapper_ops {
    ($W:ident, $zero:literal, $one:literal, [$($t:ty)*],
     $add:ident $sub:ident $mul:ident $div:ident) => {$(
        impl crate::ops::Div for $W<$t> {
            type Output = $W<$t>;
            #[track_caller]
            fn div(self, other: $W<$t>) -> $W<$t> { $W(self.0.$div(other.0)) }
        }
        impl crate::ops::Not for $W<$t> {
            type Output = $W<$t>;
            fn not(self) -> $W<$t> { $W(!self.0) }
        }
        impl crate::ops::BitAnd for $W<$t> {
            type Output = $W<$t>;
            fn bitand(self, other: $W<$t>) -> $W<$t> { $W(self.0 & other.0) }
        }
        impl crate::ops::BitOr for $W<$t> {
            type Output = $W<$t>;
            fn bitor(self, other: $W<$t>) -> $W<$t> { $W(self.0 | other.0) }
        }
        impl crate::ops::BitXor for $W<$t> {
            type Output = $W<$t>;
            fn bitxor(self, other: $W<$t>) -> $W<$t> { $W(self.0 ^ other.0) }
        }
        impl crate::ops::DivAssign for $W<$t> {
            #[track_caller]
            fn div_assign(&mut self, other: $W<$t>) { *self = *self / other; }
        }
        impl crate::ops::BitAndAssign for $W<$t> {
            fn bitand_assign(&mut self, other: $W<$t>) { *self = *self & other; }
        }
        impl crate::ops::BitOrAssign for $W<$t> {
            fn bitor_assign(&mut self, other: $W<$t>) { *self = *self | other; }
        }
        impl crate::ops::BitXorAssign for $W<$t> {
            fn bitxor_assign(&mut self, other: $W<$t>) { *self = *self ^ other; }
        }
        impl crate::iter::Sum for $W<$t> {
            fn sum<I: crate::iter::Iterator<Item = $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W($zero), |a, b| a + b)
            }
        }
        impl<'a> crate::iter::Sum<&'a $W<$t>> for $W<$t> {
            fn sum<I: crate::iter::Iterator<Item = &'a $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W($zero), |a, b| a + *b)
            }
        }
        impl crate::iter::Product for $W<$t> {
            fn product<I: crate::iter::Iterator<Item = $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W($one), |a, b| a * b)
            }
        }
        impl<'a> crate::iter::Product<&'a $W<$t>> for $W<$t> {
            fn product<I: crate::iter::Iterator<Item = &'a $W<$t>>>(iter: I) -> $W<$t> {
                iter.fold($W($one), |a, b| a * *b)
            }
        }
    )*};
}
wrapper_ops! { Wrapping, 0, 1, [usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128],
    wrapping_add wrapping_sub wrapping_mul wrapping_div }
wrapper_ops! { Saturating, 0, 1, [usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128],
    saturating_add saturating_sub saturating_mul saturating_div }

macro_rules! wrapping_more {
    ($($t:ty)*) => {$(
        impl crate::ops::Rem for Wrapping<$t> {
            type Output = Wrapping<$t>;
            #[track_caller]
            fn rem(self, other: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_rem(other.0)) }
        }
        impl crate::ops::RemAssign for Wrapping<$t> {
            #[track_caller]
            fn rem_assign(&mut self, other: Wrapping<$t>) { *self = *self % other; }
        }
        impl crate::ops::Neg for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn neg(self) -> Wrapping<$t> { Wrapping(self.0.wrapping_neg()) }
        }
        impl crate::ops::Shl<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shl(self, other: usize) -> Wrapping<$t> { Wrapping(self.0.wrapping_shl(other as u32)) }
        }
        impl crate::ops::Shr<usize> for Wrapping<$t> {
            type Output = Wrapping<$t>;
            fn shr(self, other: usize) -> Wrapping<$t> { Wrapping(self.0.wrapping_shr(other as u32)) }
        }
        impl crate::ops::ShlAssign<usize> for Wrapping<$t> {
            fn shl_assign(&mut self, other: usize) { *self = *self << other; }
        }
        impl crate::ops::ShrAssign<usize> for Wrapping<$t> {
            fn shr_assign(&mut self, other: usize) { *self = *self >> other; }
        }
    )*};
}
wrapping_more! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

/// `Saturating<T>`: arithmetic that saturates at the bounds.
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Saturating<T>(pub T);

impl<T: fmt::Debug> fmt::Debug for Saturating<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: fmt::Display> fmt::Display for Saturating<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! saturating_impl {
    ($($t:ty)*) => {$(
        impl crate::ops::Add for Saturating<$t> {
            type Output = Saturating<$t>;
            fn add(self, other: Saturating<$t>) -> Saturating<$t> { Saturating(self.0.saturating_add(other.0)) }
        }
        impl crate::ops::Sub for Saturating<$t> {
            type Output = Saturating<$t>;
            fn sub(self, other: Saturating<$t>) -> Saturating<$t> { Saturating(self.0.saturating_sub(other.0)) }
        }
        impl crate::ops::Mul for Saturating<$t> {
            type Output = Saturating<$t>;
            fn mul(self, other: Saturating<$t>) -> Saturating<$t> { Saturating(self.0.saturating_mul(other.0)) }
        }
        impl crate::ops::AddAssign for Saturating<$t> {
            fn add_assign(&mut self, other: Saturating<$t>) { *self = *self + other; }
        }
        impl crate::ops::SubAssign for Saturating<$t> {
            fn sub_assign(&mut self, other: Saturating<$t>) { *self = *self - other; }
        }
        impl crate::ops::MulAssign for Saturating<$t> {
            fn mul_assign(&mut self, other: Saturating<$t>) { *self = *self * other; }
        }
    )*};
}
saturating_impl! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

macro_rules! saturating_neg {
    ($($t:ty)*) => {$(
        impl crate::ops::Neg for Saturating<$t> {
            type Output = Saturating<$t>;
            fn neg(self) -> Saturating<$t> { Saturating(self.0.saturating_neg()) }
        }
    )*};
}
saturating_neg! { isize i8 i16 i32 i64 i128 }
