//! Inherent methods of `f32`/`f64` (real std puts some of these in `std`; the model has them all
//! in `core`, so the model `std` must not redefine them), float parsing, `FpCategory`.
//!
//! Transcendental functions map to the machine's float intrinsics; `tan`, `cbrt`, `hypot`, `atan2`
//! and friends are computed from those and may differ from libm in the last bit.

use crate::fmt;
use crate::intrinsics;
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FpCategory {
    Nan,
    Infinite,
    Zero,
    Subnormal,
    Normal,
}

/// Error of `str::parse::<f64>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    empty: bool,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(if self.empty { "cannot parse float from empty string" } else { "invalid float literal" })
    }
}

macro_rules! float_impl {
    (
        $T:ident, $Bits:ident, $SBits:ident,
        $sqrt:ident $floor:ident $ceil:ident $trunc:ident $round:ident $round_even:ident $fabs:ident
        $sin:ident $cos:ident $exp:ident $exp2:ident $ln:ident $log10:ident $log2:ident
        $pow:ident $powi:ident $copysign:ident $minnum:ident $maxnum:ident $fma:ident,
        $MANT_BITS:literal, $EXP_BITS:literal
    ) => {
        impl $T {
            pub const RADIX: u32 = 2;
            pub const MANTISSA_DIGITS: u32 = $MANT_BITS + 1;
            pub const INFINITY: $T = 1.0 / 0.0;
            pub const NEG_INFINITY: $T = -1.0 / 0.0;
            pub const NAN: $T = 0.0 / 0.0;

            #[inline]
            pub const fn is_nan(self) -> bool {
                self != self
            }
            #[inline]
            pub const fn is_infinite(self) -> bool {
                (self == Self::INFINITY) | (self == Self::NEG_INFINITY)
            }
            #[inline]
            pub const fn is_finite(self) -> bool {
                self.abs() < Self::INFINITY
            }
            #[inline]
            pub const fn is_subnormal(self) -> bool {
                matches!(self.classify(), FpCategory::Subnormal)
            }
            #[inline]
            pub const fn is_normal(self) -> bool {
                matches!(self.classify(), FpCategory::Normal)
            }
            pub const fn classify(self) -> FpCategory {
                let bits = self.to_bits();
                let exp_mask: $Bits = ((1 << $EXP_BITS) - 1) << $MANT_BITS;
                let man_mask: $Bits = (1 << $MANT_BITS) - 1;
                match (bits & man_mask, bits & exp_mask) {
                    (0, e) if e == exp_mask => FpCategory::Infinite,
                    (_, e) if e == exp_mask => FpCategory::Nan,
                    (0, 0) => FpCategory::Zero,
                    (_, 0) => FpCategory::Subnormal,
                    _ => FpCategory::Normal,
                }
            }
            #[inline]
            pub const fn is_sign_positive(self) -> bool {
                !self.is_sign_negative()
            }
            #[inline]
            pub const fn is_sign_negative(self) -> bool {
                (self.to_bits() >> ($MANT_BITS + $EXP_BITS)) != 0
            }
            #[inline]
            pub const fn to_bits(self) -> $Bits {
                // SAFETY: `$Bits` is a plain old datatype so we can always transmute to it.
                unsafe { intrinsics::transmute::<$T, $Bits>(self) }
            }
            #[inline]
            pub const fn from_bits(v: $Bits) -> $T {
                // SAFETY: `$Bits` is a plain old datatype so we can always transmute from it.
                unsafe { intrinsics::transmute::<$Bits, $T>(v) }
            }
            #[inline]
            pub const fn abs(self) -> $T {
                intrinsics::$fabs(self)
            }
            #[inline]
            pub const fn signum(self) -> $T {
                if self.is_nan() { Self::NAN } else { (1.0 as $T).copysign(self) }
            }
            #[inline]
            pub const fn copysign(self, sign: $T) -> $T {
                intrinsics::$copysign(self, sign)
            }
            #[inline]
            pub const fn floor(self) -> $T {
                intrinsics::$floor(self)
            }
            #[inline]
            pub const fn ceil(self) -> $T {
                intrinsics::$ceil(self)
            }
            #[inline]
            pub const fn round(self) -> $T {
                intrinsics::$round(self)
            }
            /// Rounds half-way cases to even (computed from `round`, so the machine needs no
            /// extra intrinsic).
            #[inline]
            pub fn round_ties_even(self) -> $T {
                let r = self.round();
                if (self - self.trunc()).abs() == 0.5 { 2.0 * (self / 2.0).round() } else { r }
            }
            #[inline]
            pub const fn trunc(self) -> $T {
                intrinsics::$trunc(self)
            }
            #[inline]
            pub const fn fract(self) -> $T {
                self - self.trunc()
            }
            #[inline]
            pub fn sqrt(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$sqrt(self) }
            }
            #[inline]
            pub fn powi(self, n: i32) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$powi(self, n) }
            }
            #[inline]
            pub fn powf(self, n: $T) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$pow(self, n) }
            }
            #[inline]
            pub fn exp(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$exp(self) }
            }
            #[inline]
            pub fn exp2(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$exp2(self) }
            }
            #[inline]
            pub fn exp_m1(self) -> $T {
                self.exp() - 1.0
            }
            #[inline]
            pub fn ln(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$ln(self) }
            }
            #[inline]
            pub fn ln_1p(self) -> $T {
                (self + 1.0).ln()
            }
            #[inline]
            pub fn log(self, base: $T) -> $T {
                self.ln() / base.ln()
            }
            #[inline]
            pub fn log2(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$log2(self) }
            }
            #[inline]
            pub fn log10(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$log10(self) }
            }
            #[inline]
            pub fn sin(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$sin(self) }
            }
            #[inline]
            pub fn cos(self) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$cos(self) }
            }
            #[inline]
            pub fn tan(self) -> $T {
                self.sin() / self.cos()
            }
            #[inline]
            pub fn sin_cos(self) -> ($T, $T) {
                (self.sin(), self.cos())
            }
            #[inline]
            pub fn cbrt(self) -> $T {
                if self < 0.0 { -(-self).powf(1.0 / 3.0) } else { self.powf(1.0 / 3.0) }
            }
            #[inline]
            pub fn hypot(self, other: $T) -> $T {
                (self * self + other * other).sqrt()
            }
            #[inline]
            pub fn mul_add(self, a: $T, b: $T) -> $T {
                // SAFETY: the intrinsic has no preconditions.
                unsafe { intrinsics::$fma(self, a, b) }
            }
            #[inline]
            pub fn div_euclid(self, rhs: $T) -> $T {
                let q = (self / rhs).trunc();
                if self % rhs < 0.0 {
                    return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                }
                q
            }
            #[inline]
            pub fn rem_euclid(self, rhs: $T) -> $T {
                let r = self % rhs;
                if r < 0.0 { r + rhs.abs() } else { r }
            }
            #[inline]
            pub const fn recip(self) -> $T {
                1.0 / self
            }
            #[inline]
            pub const fn to_degrees(self) -> $T {
                self * (180.0 / consts::PI)
            }
            #[inline]
            pub const fn to_radians(self) -> $T {
                self * (consts::PI / 180.0)
            }
            /// IEEE `maxNum`: NaN is ignored.
            #[inline]
            pub const fn max(self, other: $T) -> $T {
                intrinsics::$maxnum(self, other)
            }
            #[inline]
            pub const fn min(self, other: $T) -> $T {
                intrinsics::$minnum(self, other)
            }
            #[inline]
            pub const fn maximum(self, other: $T) -> $T {
                if self > other {
                    self
                } else if other > self {
                    other
                } else if self == other {
                    if self.is_sign_positive() && other.is_sign_negative() { self } else { other }
                } else {
                    self + other
                }
            }
            #[inline]
            pub const fn minimum(self, other: $T) -> $T {
                if self < other {
                    self
                } else if other < self {
                    other
                } else if self == other {
                    if self.is_sign_negative() && other.is_sign_positive() { self } else { other }
                } else {
                    self + other
                }
            }
            #[inline]
            #[track_caller]
            pub fn clamp(mut self, min: $T, max: $T) -> $T {
                assert!(min <= max, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
                if self < min {
                    self = min;
                }
                if self > max {
                    self = max;
                }
                self
            }
            /// Total order (real core's bit trick).
            #[inline]
            pub fn total_cmp(&self, other: &Self) -> crate::cmp::Ordering {
                let mut left = self.to_bits() as $SBits;
                let mut right = other.to_bits() as $SBits;
                left ^= (((left >> ($MANT_BITS + $EXP_BITS)) as $Bits) >> 1) as $SBits;
                right ^= (((right >> ($MANT_BITS + $EXP_BITS)) as $Bits) >> 1) as $SBits;
                left.cmp(&right)
            }
            #[inline]
            pub fn asin(self) -> $T {
                (self / (1.0 - self * self).sqrt()).atan()
            }
            #[inline]
            pub fn acos(self) -> $T {
                consts::FRAC_PI_2 - self.asin()
            }
            /// Arctangent by argument reduction and a Taylor series (accurate to a few ulps).
            pub fn atan(self) -> $T {
                if self.is_nan() {
                    return self;
                }
                if self < 0.0 {
                    return -(-self).atan();
                }
                if self > 1.0 {
                    return consts::FRAC_PI_2 - (1.0 / self).atan();
                }
                // Reduce to |x| <= tan(pi/12) with atan(x) = pi/6 + atan((x*sqrt3 - 1)/(x + sqrt3)).
                let sqrt3: $T = 1.7320508075688772935 as $T;
                let (base, x) = if self > 0.2679491924311227 as $T {
                    (consts::FRAC_PI_6, (self * sqrt3 - 1.0) / (self + sqrt3))
                } else {
                    (0.0, self)
                };
                let x2 = x * x;
                let mut term = x;
                let mut sum: $T = 0.0;
                let mut n = 1;
                while n < 60 {
                    sum += term / (n as $T);
                    term = -term * x2;
                    n += 2;
                }
                base + sum
            }
            pub fn atan2(self, other: $T) -> $T {
                let y = self;
                let x = other;
                if x > 0.0 {
                    (y / x).atan()
                } else if x < 0.0 && y >= 0.0 {
                    (y / x).atan() + consts::PI
                } else if x < 0.0 && y < 0.0 {
                    (y / x).atan() - consts::PI
                } else if y > 0.0 {
                    consts::FRAC_PI_2
                } else if y < 0.0 {
                    -consts::FRAC_PI_2
                } else {
                    0.0
                }
            }
            #[inline]
            pub fn sinh(self) -> $T {
                (self.exp() - (-self).exp()) / 2.0
            }
            #[inline]
            pub fn cosh(self) -> $T {
                (self.exp() + (-self).exp()) / 2.0
            }
            #[inline]
            pub fn tanh(self) -> $T {
                self.sinh() / self.cosh()
            }
            #[inline]
            pub fn abs_sub(self, other: $T) -> $T {
                if self <= other { 0.0 } else { self - other }
            }
            #[inline]
            pub unsafe fn to_int_unchecked<Int: crate::marker::Copy>(self) -> Int {
                // SAFETY: the caller must uphold the safety contract for `float_to_int_unchecked`.
                unsafe { intrinsics::float_to_int_unchecked(self) }
            }
        }

        impl FromStr for $T {
            type Err = ParseFloatError;
            fn from_str(src: &str) -> Result<$T, ParseFloatError> {
                match crate::num::float::parse_decimal(src.as_bytes()) {
                    Some(v) => Ok(v as $T),
                    None => Err(ParseFloatError { empty: src.is_empty() }),
                }
            }
        }
    };
}


macro_rules! consts_mod {
    ($T:ident) => {
        pub mod consts {
            pub const PI: $T = 3.14159265358979323846264338327950288 as $T;
            pub const TAU: $T = 6.28318530717958647692528676655900577 as $T;
            pub const FRAC_PI_2: $T = 1.57079632679489661923132169163975144 as $T;
            pub const FRAC_PI_3: $T = 1.04719755119659774615421446109316763 as $T;
            pub const FRAC_PI_4: $T = 0.785398163397448309615660845819875721 as $T;
            pub const FRAC_PI_6: $T = 0.52359877559829887307710723054658381 as $T;
            pub const FRAC_PI_8: $T = 0.39269908169872415480783042290993786 as $T;
            pub const FRAC_1_PI: $T = 0.318309886183790671537767526745028724 as $T;
            pub const FRAC_2_PI: $T = 0.636619772367581343075535053490057448 as $T;
            pub const FRAC_2_SQRT_PI: $T = 1.12837916709551257389615890312154517 as $T;
            pub const SQRT_2: $T = 1.41421356237309504880168872420969808 as $T;
            pub const FRAC_1_SQRT_2: $T = 0.707106781186547524400844362104849039 as $T;
            pub const E: $T = 2.71828182845904523536028747135266250 as $T;
            pub const LOG2_E: $T = 1.44269504088896340735992468100189214 as $T;
            pub const LOG2_10: $T = 3.32192809488736234787031942948939018 as $T;
            pub const LOG10_E: $T = 0.434294481903251827651128918916605082 as $T;
            pub const LOG10_2: $T = 0.301029995663981195213738894724493027 as $T;
            pub const LN_2: $T = 0.693147180559945309417232121458176568 as $T;
            pub const LN_10: $T = 2.30258509299404568401799145468436421 as $T;
        }
    };
}

pub mod f32_impl {
    use super::*;
    consts_mod!(f32);
    impl f32 {
        pub const DIGITS: u32 = 6;
        pub const EPSILON: f32 = 1.19209290e-07_f32;
        pub const MIN: f32 = -3.40282347e+38_f32;
        pub const MIN_POSITIVE: f32 = 1.17549435e-38_f32;
        pub const MAX: f32 = 3.40282347e+38_f32;
        pub const MIN_EXP: i32 = -125;
        pub const MAX_EXP: i32 = 128;
        pub const MIN_10_EXP: i32 = -37;
        pub const MAX_10_EXP: i32 = 38;
    }
    float_impl! {
        f32, u32, i32,
        sqrtf32 floorf32 ceilf32 truncf32 roundf32 round_ties_even_f32 fabsf32
        sinf32 cosf32 expf32 exp2f32 logf32 log10f32 log2f32
        powf32 powif32 copysignf32 minnumf32 maxnumf32 fmaf32,
        23, 8
    }
}

pub mod f64_impl {
    use super::*;
    consts_mod!(f64);
    impl f64 {
        pub const DIGITS: u32 = 15;
        pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
        pub const MIN: f64 = -1.7976931348623157e+308_f64;
        pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308_f64;
        pub const MAX: f64 = 1.7976931348623157e+308_f64;
        pub const MIN_EXP: i32 = -1021;
        pub const MAX_EXP: i32 = 1024;
        pub const MIN_10_EXP: i32 = -307;
        pub const MAX_10_EXP: i32 = 308;
    }
    float_impl! {
        f64, u64, i64,
        sqrtf64 floorf64 ceilf64 truncf64 roundf64 round_ties_even_f64 fabsf64
        sinf64 cosf64 expf64 exp2f64 logf64 log10f64 log2f64
        powf64 powif64 copysignf64 minnumf64 maxnumf64 fmaf64,
        52, 11
    }
}

pub use self::f32_impl::consts as f32_consts;
pub use self::f64_impl::consts as f64_consts;

/// Parses a decimal float literal (`[+-]digits[.digits][(e|E)[+-]digits]`, `inf`, `infinity`,
/// `nan`, case-insensitive). Exact (correctly rounded) when the significand has at most 19 digits
/// and the decimal exponent is within ±22 (Clinger's fast path), approximate beyond that.
pub(crate) fn parse_decimal(s: &[u8]) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let (neg, s) = match s[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    if s.is_empty() {
        return None;
    }
    let sign = if neg { -1.0 } else { 1.0 };
    if eq_ignore_case(s, b"inf") || eq_ignore_case(s, b"infinity") {
        return Some(sign * f64::INFINITY);
    }
    if eq_ignore_case(s, b"nan") {
        return Some(f64::NAN);
    }
    let mut mantissa: u64 = 0;
    let mut n_digits = 0;
    let mut exp10: i32 = 0;
    let mut i = 0;
    let mut any_digit = false;
    let mut extra_digits_nonzero = false;
    while i < s.len() && s[i].is_ascii_digit() {
        any_digit = true;
        if n_digits < 19 {
            mantissa = mantissa * 10 + (s[i] - b'0') as u64;
            if mantissa != 0 {
                n_digits += 1;
            }
        } else {
            exp10 += 1;
            if s[i] != b'0' {
                extra_digits_nonzero = true;
            }
        }
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            any_digit = true;
            if n_digits < 19 {
                mantissa = mantissa * 10 + (s[i] - b'0') as u64;
                if mantissa != 0 {
                    n_digits += 1;
                }
                exp10 -= 1;
            } else if s[i] != b'0' {
                extra_digits_nonzero = true;
            }
            i += 1;
        }
    }
    if !any_digit {
        return None;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        let mut eneg = false;
        if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
            eneg = s[i] == b'-';
            i += 1;
        }
        if i >= s.len() {
            return None;
        }
        let mut e: i32 = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            if e < 100000 {
                e = e * 10 + (s[i] - b'0') as i32;
            }
            i += 1;
        }
        exp10 += if eneg { -e } else { e };
    }
    if i != s.len() {
        return None;
    }
    let _ = extra_digits_nonzero;
    let m = mantissa as f64;
    let value = if exp10 == 0 {
        m
    } else if exp10 > 0 && exp10 <= 22 && mantissa < (1u64 << 53) {
        m * pow10(exp10 as u32)
    } else if exp10 < 0 && exp10 >= -22 && mantissa < (1u64 << 53) {
        m / pow10((-exp10) as u32)
    } else if exp10 > 0 {
        let mut v = m;
        let mut e = exp10;
        while e > 22 {
            v *= 1e22;
            e -= 22;
        }
        v * pow10(e as u32)
    } else {
        let mut v = m;
        let mut e = -exp10;
        while e > 22 {
            v /= 1e22;
            e -= 22;
        }
        v / pow10(e as u32)
    };
    Some(sign * value)
}

fn pow10(e: u32) -> f64 {
    let mut r = 1.0f64;
    let mut i = 0;
    while i < e {
        r *= 10.0;
        i += 1;
    }
    r
}

fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i].to_ascii_lowercase() != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
