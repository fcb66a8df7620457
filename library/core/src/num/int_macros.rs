//! Inherent methods of the signed integer types.

use crate::option::Option::{self, None, Some};
use crate::result::Result;

macro_rules! int_impl {
    ($T:ident, $U:ident, $BITS:literal, $BYTES:literal) => {
        impl $T {
            int_common!($T, $U, $BITS, $BYTES, !(((!0) as $U) >> 1) as $T, (((!0) as $U) >> 1) as $T);

            #[inline]
            pub const fn checked_div(self, rhs: $T) -> Option<$T> {
                if rhs == 0 || (self == Self::MIN && rhs == -1) { None } else { Some(self / rhs) }
            }
            #[inline]
            pub const fn checked_rem(self, rhs: $T) -> Option<$T> {
                if rhs == 0 || (self == Self::MIN && rhs == -1) { None } else { Some(self % rhs) }
            }
            #[inline]
            pub const fn checked_neg(self) -> Option<$T> {
                if self == Self::MIN { None } else { Some(-self) }
            }
            #[inline]
            pub const fn checked_abs(self) -> Option<$T> {
                if self.is_negative() { self.checked_neg() } else { Some(self) }
            }
            #[inline]
            pub const fn checked_div_euclid(self, rhs: $T) -> Option<$T> {
                if rhs == 0 || (self == Self::MIN && rhs == -1) { None } else { Some(self.div_euclid(rhs)) }
            }
            #[inline]
            pub const fn checked_rem_euclid(self, rhs: $T) -> Option<$T> {
                if rhs == 0 || (self == Self::MIN && rhs == -1) { None } else { Some(self.rem_euclid(rhs)) }
            }
            #[inline]
            pub const fn wrapping_div(self, rhs: $T) -> $T {
                self.overflowing_div(rhs).0
            }
            #[inline]
            pub const fn wrapping_rem(self, rhs: $T) -> $T {
                self.overflowing_rem(rhs).0
            }
            #[inline]
            pub const fn wrapping_neg(self) -> $T {
                (0 as $T).wrapping_sub(self)
            }
            #[inline]
            pub const fn wrapping_abs(self) -> $T {
                if self.is_negative() { self.wrapping_neg() } else { self }
            }
            #[inline]
            #[track_caller]
            pub const fn overflowing_div(self, rhs: $T) -> ($T, bool) {
                if self == Self::MIN && rhs == -1 { (self, true) } else { (self / rhs, false) }
            }
            #[inline]
            #[track_caller]
            pub const fn overflowing_rem(self, rhs: $T) -> ($T, bool) {
                if rhs == -1 { (0, self == Self::MIN) } else { (self % rhs, false) }
            }
            #[inline]
            pub const fn overflowing_neg(self) -> ($T, bool) {
                if self == Self::MIN { (Self::MIN, true) } else { (-self, false) }
            }
            #[inline]
            pub const fn overflowing_abs(self) -> ($T, bool) {
                (self.wrapping_abs(), self == Self::MIN)
            }
            #[inline]
            pub const fn saturating_neg(self) -> $T {
                if self == Self::MIN { Self::MAX } else { -self }
            }
            #[inline]
            pub const fn saturating_abs(self) -> $T {
                if self.is_negative() { self.saturating_neg() } else { self }
            }
            #[inline]
            pub const fn saturating_mul(self, rhs: $T) -> $T {
                match self.checked_mul(rhs) {
                    Some(x) => x,
                    None => if (self < 0) == (rhs < 0) { Self::MAX } else { Self::MIN },
                }
            }
            #[inline]
            pub const fn saturating_div(self, rhs: $T) -> $T {
                match self.overflowing_div(rhs) {
                    (result, false) => result,
                    (_result, true) => Self::MAX,
                }
            }
            #[inline]
            pub const fn saturating_pow(self, exp: u32) -> $T {
                match self.checked_pow(exp) {
                    Some(x) => x,
                    None if self < 0 && exp % 2 == 1 => Self::MIN,
                    None => Self::MAX,
                }
            }
            /// Panics on `MIN.abs()` in a debug build ("attempt to negate with overflow").
            #[inline]
            #[track_caller]
            pub const fn abs(self) -> $T {
                if self.is_negative() { -self } else { self }
            }
            #[inline]
            pub const fn unsigned_abs(self) -> $U {
                self.wrapping_abs() as $U
            }
            #[inline]
            pub const fn abs_diff(self, other: $T) -> $U {
                if self < other {
                    (other as $U).wrapping_sub(self as $U)
                } else {
                    (self as $U).wrapping_sub(other as $U)
                }
            }
            #[inline]
            pub const fn signum(self) -> $T {
                if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
            }
            #[inline(always)]
            pub const fn is_positive(self) -> bool {
                self > 0
            }
            #[inline(always)]
            pub const fn is_negative(self) -> bool {
                self < 0
            }
            #[inline]
            #[track_caller]
            pub const fn div_euclid(self, rhs: $T) -> $T {
                let q = self / rhs;
                if self % rhs < 0 {
                    return if rhs > 0 { q - 1 } else { q + 1 };
                }
                q
            }
            #[inline]
            #[track_caller]
            pub const fn rem_euclid(self, rhs: $T) -> $T {
                let r = self % rhs;
                if r < 0 { r.wrapping_add(rhs.wrapping_abs()) } else { r }
            }
            #[inline]
            pub const fn wrapping_div_euclid(self, rhs: $T) -> $T {
                if self == Self::MIN && rhs == -1 { Self::MIN } else { self.div_euclid(rhs) }
            }
            #[inline]
            pub const fn wrapping_rem_euclid(self, rhs: $T) -> $T {
                if rhs == -1 { 0 } else { self.rem_euclid(rhs) }
            }
            #[inline]
            #[track_caller]
            pub const fn div_floor(self, rhs: $T) -> $T {
                let d = self / rhs;
                let r = self % rhs;
                if (r > 0 && rhs < 0) || (r < 0 && rhs > 0) { d - 1 } else { d }
            }
            #[inline]
            #[track_caller]
            pub const fn div_ceil(self, rhs: $T) -> $T {
                let d = self / rhs;
                let r = self % rhs;
                if (r > 0 && rhs > 0) || (r < 0 && rhs < 0) { d + 1 } else { d }
            }
            #[inline]
            #[track_caller]
            pub const fn isqrt(self) -> $T {
                if self < 0 {
                    crate::panicking::panic("argument of integer square root cannot be negative");
                }
                (self as $U).isqrt() as $T
            }
            #[inline]
            pub const fn checked_isqrt(self) -> Option<$T> {
                if self < 0 { None } else { Some((self as $U).isqrt() as $T) }
            }
            #[inline(always)]
            pub const fn cast_unsigned(self) -> $U {
                self as $U
            }
            #[inline]
            pub const fn midpoint(self, rhs: $T) -> $T {
                // Rounds towards zero, as real core: computed in a wider range via i128 halves.
                let sum = (self as i128) + (rhs as i128);
                (sum / 2) as $T
            }
        }
    };
}

int_impl! { i8, u8, 8, 1 }
int_impl! { i16, u16, 16, 2 }
int_impl! { i32, u32, 32, 4 }
int_impl! { i64, u64, 64, 8 }
int_impl! { i128, u128, 128, 16 }
int_impl! { isize, usize, 64, 8 }
