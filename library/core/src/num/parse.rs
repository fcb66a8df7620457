//! Integer parsing (`from_str_radix`, `FromStr`) and `ParseIntError`, with real core's rules and
//! error messages.

use crate::fmt;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

/// Why parsing an integer failed.
#[derive(Debug, Clone, PartialEq, Eq, Copy, Hash)]
#[non_exhaustive]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

/// Error of `str::parse::<integer>()`; prints like real std (`ParseIntError { kind: InvalidDigit }`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParseIntError {
    pub(crate) kind: IntErrorKind,
}

impl ParseIntError {
    pub const fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

/// What `from_str_radix` needs from an integer type.
pub(crate) trait FromStrRadixHelper: Copy {
    const IS_SIGNED: bool;
    const ZERO: Self;
    fn checked_mul_u32(self, other: u32) -> Option<Self>;
    fn checked_add_u32(self, other: u32) -> Option<Self>;
    fn checked_sub_u32(self, other: u32) -> Option<Self>;
}

use crate::marker::Copy;

macro_rules! from_str_radix_helper {
    ($($t:ty, $signed:literal;)*) => {$(
        impl FromStrRadixHelper for $t {
            const IS_SIGNED: bool = $signed;
            const ZERO: Self = 0;
            #[inline]
            fn checked_mul_u32(self, other: u32) -> Option<Self> {
                Self::checked_mul(self, other as Self)
            }
            #[inline]
            fn checked_add_u32(self, other: u32) -> Option<Self> {
                Self::checked_add(self, other as Self)
            }
            #[inline]
            fn checked_sub_u32(self, other: u32) -> Option<Self> {
                Self::checked_sub(self, other as Self)
            }
        }

        impl FromStr for $t {
            type Err = ParseIntError;
            #[inline]
            fn from_str(src: &str) -> Result<Self, ParseIntError> {
                from_str_radix::<$t>(src, 10)
            }
        }
    )*};
}

from_str_radix_helper! {
    i8, true; i16, true; i32, true; i64, true; i128, true; isize, true;
    u8, false; u16, false; u32, false; u64, false; u128, false; usize, false;
}

#[track_caller]
pub(crate) fn from_str_radix<T: FromStrRadixHelper>(src: &str, radix: u32) -> Result<T, ParseIntError> {
    if radix < 2 || radix > 36 {
        panic!("from_str_radix_int: must lie in the range `[2, 36]` - found {}", radix);
    }
    let src = src.as_bytes();
    if src.is_empty() {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    // A lone `+` or `-` is an invalid digit, as in real core.
    let (is_positive, digits) = match src[0] {
        b'+' | b'-' if src.len() == 1 => {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        b'+' => (true, &src[1..]),
        b'-' if T::IS_SIGNED => (false, &src[1..]),
        _ => (true, src),
    };
    let mut result = T::ZERO;
    let mut i = 0;
    while i < digits.len() {
        let c = digits[i];
        let x = match (c as char).to_digit(radix) {
            Some(x) => x,
            None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        };
        result = match result.checked_mul_u32(radix) {
            Some(r) => r,
            None => {
                let kind = if is_positive { IntErrorKind::PosOverflow } else { IntErrorKind::NegOverflow };
                return Err(ParseIntError { kind });
            }
        };
        let next = if is_positive { result.checked_add_u32(x) } else { result.checked_sub_u32(x) };
        result = match next {
            Some(r) => r,
            None => {
                let kind = if is_positive { IntErrorKind::PosOverflow } else { IntErrorKind::NegOverflow };
                return Err(ParseIntError { kind });
            }
        };
        i += 1;
    }
    Ok(result)
}
