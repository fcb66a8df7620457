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
