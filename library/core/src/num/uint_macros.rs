//! Inherent methods of the unsigned integer types.

use crate::option::Option::{self, None, Some};
use crate::result::Result;

macro_rules! uint_impl {
    ($T:ident, $S:ident, $BITS:literal, $BYTES:literal) => {
        impl $T {
            int_common!($T, $T, $BITS, $BYTES, 0, !0);

            #[inline]
            pub const fn checked_div(self, rhs: $T) -> Option<$T> {
                if rhs == 0 { None } else { Some(self / rhs) }
            }
            #[inline]
            pub const fn checked_rem(self, rhs: $T) -> Option<$T> {
                if rhs == 0 { None } else { Some(self % rhs) }
            }
            #[inline]
            pub const fn checked_neg(self) -> Option<$T> {
                if self == 0 { Some(0) } else { None }
            }
            #[inline]
            pub const fn checked_div_euclid(self, rhs: $T) -> Option<$T> {
                self.checked_div(rhs)
            }
            #[inline]
            pub const fn checked_rem_euclid(self, rhs: $T) -> Option<$T> {
                self.checked_rem(rhs)
            }
            #[inline]
            pub const fn checked_add_signed(self, rhs: $S) -> Option<$T> {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b { None } else { Some(a) }
            }
            #[inline]
            pub const fn overflowing_add_signed(self, rhs: $S) -> ($T, bool) {
                let (res, overflowed) = self.overflowing_add(rhs as $T);
                (res, overflowed ^ (rhs < 0))
            }
            #[inline]
            pub const fn wrapping_add_signed(self, rhs: $S) -> $T {
                self.wrapping_add(rhs as $T)
            }
            #[inline]
            pub const fn saturating_add_signed(self, rhs: $S) -> $T {
                let (res, overflow) = self.overflowing_add(rhs as $T);
                if overflow == (rhs < 0) {
                    res
                } else if overflow {
                    Self::MAX
                } else {
                    0
                }
            }
            #[inline]
            #[track_caller]
            pub const fn wrapping_div(self, rhs: $T) -> $T {
                self / rhs
            }
            #[inline]
            #[track_caller]
            pub const fn wrapping_rem(self, rhs: $T) -> $T {
                self % rhs
            }
            #[inline]
            pub const fn wrapping_neg(self) -> $T {
                (0 as $T).wrapping_sub(self)
            }
            #[inline]
            #[track_caller]
            pub const fn overflowing_div(self, rhs: $T) -> ($T, bool) {
                (self / rhs, false)
            }
            #[inline]
            #[track_caller]
            pub const fn overflowing_rem(self, rhs: $T) -> ($T, bool) {
                (self % rhs, false)
            }
            #[inline]
            pub const fn overflowing_neg(self) -> ($T, bool) {
                ((!self).wrapping_add(1), self != 0)
            }
            #[inline]
            pub const fn saturating_mul(self, rhs: $T) -> $T {
                match self.checked_mul(rhs) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }
            #[inline]
            #[track_caller]
            pub const fn saturating_div(self, rhs: $T) -> $T {
                self / rhs
            }
            #[inline]
            pub const fn saturating_pow(self, exp: u32) -> $T {
                match self.checked_pow(exp) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }
            #[inline]
            pub const fn abs_diff(self, other: $T) -> $T {
                if self < other { other - self } else { self - other }
            }
            #[inline]
            #[track_caller]
            pub const fn div_euclid(self, rhs: $T) -> $T {
                self / rhs
            }
            #[inline]
            #[track_caller]
            pub const fn rem_euclid(self, rhs: $T) -> $T {
                self % rhs
            }
            #[inline]
            #[track_caller]
            pub const fn wrapping_div_euclid(self, rhs: $T) -> $T {
                self / rhs
            }
            #[inline]
            #[track_caller]
            pub const fn wrapping_rem_euclid(self, rhs: $T) -> $T {
                self % rhs
            }
            #[inline]
            #[track_caller]
            pub const fn div_ceil(self, rhs: $T) -> $T {
                let d = self / rhs;
                let r = self % rhs;
                if r > 0 { d + 1 } else { d }
            }
            #[inline]
            #[track_caller]
            pub const fn div_floor(self, rhs: $T) -> $T {
                self / rhs
            }
            #[inline]
            #[track_caller]
            pub const fn next_multiple_of(self, rhs: $T) -> $T {
                match self % rhs {
                    0 => self,
                    r => self + (rhs - r),
                }
            }
            #[inline]
            pub const fn checked_next_multiple_of(self, rhs: $T) -> Option<$T> {
                match self.checked_rem(rhs) {
                    None => None,
                    Some(0) => Some(self),
                    Some(r) => self.checked_add(rhs - r),
                }
            }
            #[inline]
            pub const fn is_power_of_two(self) -> bool {
                self.count_ones() == 1
            }
            #[inline]
            pub const fn next_power_of_two(self) -> $T {
                if self <= 1 {
                    return 1;
                }
                let p = self - 1;
                let z = p.leading_zeros();
                (Self::MAX >> z) + 1
            }
            #[inline]
            pub const fn checked_next_power_of_two(self) -> Option<$T> {
                if self <= 1 {
                    return Some(1);
                }
                let p = self - 1;
                let z = p.leading_zeros();
                (Self::MAX >> z).checked_add(1)
            }
            /// Integer square root by Newton's method on the bit length.
            #[inline]
            pub const fn isqrt(self) -> $T {
                if self < 2 {
                    return self;
                }
                let shift = (Self::BITS - self.leading_zeros() + 1) / 2;
                let mut x: $T = 1 << shift;
                loop {
                    let y = (x + self / x) / 2;
                    if y >= x {
                        return x;
                    }
                    x = y;
                }
            }
            #[inline(always)]
            pub const fn cast_signed(self) -> $S {
                self as $S
            }
            #[inline]
            pub const fn midpoint(self, rhs: $T) -> $T {
                // Rounds down: `a/2 + b/2 + (a & b & 1)`.
                (self >> 1) + (rhs >> 1) + (self & rhs & 1)
            }
        }
    };
}

uint_impl! { u8, i8, 8, 1 }
uint_impl! { u16, i16, 16, 2 }
uint_impl! { u32, i32, 32, 4 }
uint_impl! { u64, i64, 64, 8 }
uint_impl! { u128, i128, 128, 16 }
uint_impl! { usize, isize, 64, 8 }

impl u8 {
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self <= 127
    }
    #[inline]
    pub const fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    #[inline]
    pub const fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }
    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, b'A'..=b'Z' | b'a'..=b'z')
    }
    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, b'A'..=b'Z')
    }
    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, b'a'..=b'z')
    }
    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z')
    }
    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, b'0'..=b'9')
    }
    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'F' | b'a'..=b'f')
    }
    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~')
    }
    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, b'!'..=b'~')
    }
    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
    }
    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, b'\0'..=b'\x1F' | b'\x7F')
    }
}
