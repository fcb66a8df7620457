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
use super::bignum::Big;

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
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(if matches!(self.kind, FloatErrorKind::Empty) { "cannot parse float from empty string" } else { "invalid float literal" })
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
                    None => Err(ParseFloatError { kind: if src.is_empty() { FloatErrorKind::Empty } else { FloatErrorKind::Invalid } }),
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
/// `nan`, case-insensitive) and rounds it correctly to `f64` (ties to even). Clinger's fast path
/// when the significand fits in 53 bits and `|exp10| <= 22`, exact big-integer division otherwise.
/// (`f32` results are rounded again from the `f64`; double rounding can differ from real core in
/// rare halfway cases.)
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
    // The significand as an exact big integer (at most 780 digits; later digits only matter as
    // "sticky" bits, kept by appending a final 1 digit).
    let mut big = Big::from_u64(0);
    let mut small: u64 = 0;
    let mut n_digits = 0usize;
    let mut exp10: i64 = 0;
    let mut i = 0;
    let mut any_digit = false;
    let mut truncated_nonzero = false;
    let mut push_digit = |d: u8, big: &mut Big, small: &mut u64, n: &mut usize| -> bool {
        if *n == 0 && d == 0 {
            return true;
        }
        if *n < 780 {
            big.mul_small(10);
            let add = Big::from_u64(d as u64);
            big.add(&add);
            if *n < 19 {
                *small = *small * 10 + d as u64;
            }
            *n += 1;
            true
        } else {
            false
        }
    };
    while i < s.len() && s[i].is_ascii_digit() {
        any_digit = true;
        if !push_digit(s[i] - b'0', &mut big, &mut small, &mut n_digits) {
            exp10 += 1;
            truncated_nonzero |= s[i] != b'0';
        }
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            any_digit = true;
            if push_digit(s[i] - b'0', &mut big, &mut small, &mut n_digits) {
                exp10 -= 1;
            } else {
                truncated_nonzero |= s[i] != b'0';
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
        let mut e: i64 = 0;
        while i < s.len() && s[i].is_ascii_digit() {
            if e < 100000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        exp10 += if eneg { -e } else { e };
    }
    if i != s.len() {
        return None;
    }
    if big.is_zero() {
        return Some(sign * 0.0);
    }
    if truncated_nonzero {
        // A sticky digit below the kept ones.
        big.mul_small(10);
        let one = Big::from_u64(1);
        big.add(&one);
        exp10 -= 1;
        n_digits += 1;
    }
    // Clinger's fast path: both factors exact, one correctly rounded operation.
    if n_digits <= 15 && exp10 >= -22 && exp10 <= 22 {
        let m = small as f64;
        let v = if exp10 >= 0 { m * pow10(exp10 as u32) } else { m / pow10((-exp10) as u32) };
        return Some(sign * v);
    }
    // Far out of range: avoid huge big integers.
    if exp10 + (n_digits as i64) > 310 {
        return Some(sign * f64::INFINITY);
    }
    if exp10 + (n_digits as i64) < -330 {
        return Some(sign * 0.0);
    }
    Some(sign * big_to_f64(big, exp10))
}

/// `num * 10^exp10`, correctly rounded (ties to even), for a non-zero `num`.
fn big_to_f64(num: Big, exp10: i64) -> f64 {
    let mut r = num;
    let mut s = Big::from_u64(1);
    if exp10 >= 0 {
        r.mul_pow10(exp10 as u32);
    } else {
        s.mul_pow10((-exp10) as u32);
    }
    // Scale by a power of two so that r / s lies in [2^63, 2^64).
    let mut bin_exp: i32 = r.bit_length() as i32 - s.bit_length() as i32 - 64;
    if bin_exp < 0 {
        r.mul_pow2((-bin_exp) as u32);
    } else {
        s.mul_pow2(bin_exp as u32);
    }
    // Now r / s is in [2^62, 2^65): normalize into [2^63, 2^64) by comparing with 2^63 * s.
    let mut s63 = s;
    s63.mul_pow2(63);
    while matches!(r.cmp(&s63), crate::cmp::Ordering::Less) {
        r.mul_pow2(1);
        bin_exp -= 1;
    }
    let mut s64 = s63;
    s64.mul_pow2(1);
    while !matches!(r.cmp(&s64), crate::cmp::Ordering::Less) {
        s.mul_pow2(1);
        s64.mul_pow2(1);
        bin_exp += 1;
    }
    // 64 quotient bits by binary long division (r < 2^64 * s), starting from bit 63.
    let mut q: u64 = 0;
    let mut scaled = s;
    scaled.mul_pow2(63);
    let mut bit = 63;
    loop {
        if !matches!(r.cmp(&scaled), crate::cmp::Ordering::Less) {
            r.sub(&scaled);
            q |= 1u64 << bit;
        }
        if bit == 0 {
            break;
        }
        bit -= 1;
        scaled = s;
        scaled.mul_pow2(bit);
    }
    let sticky = !r.is_zero();
    // value = q * 2^bin_exp (+ sticky). Round to 53 bits, or fewer for subnormals.
    // The unbiased exponent of the leading bit is bin_exp + 63.
    let lead = bin_exp + 63;
    if lead > 1023 {
        return f64::INFINITY;
    }
    // Number of low bits of q to drop.
    let mut drop: i32 = 11;
    if lead < -1022 {
        drop += -1022 - lead;
    }
    if drop >= 64 {
        // Below half of the smallest subnormal (or exactly at it): rounds to 0 or the minimum.
        if drop == 64 && (q > (1u64 << 63) || (q == (1u64 << 63) && sticky)) {
            return f64::from_bits(1);
        }
        return 0.0;
    }
    let mut mant = q >> drop;
    let rem = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    // value = mant * 2^(bin_exp + drop)
    let e2 = bin_exp + drop;
    // Build the float exactly: mant < 2^54, so it is exact as f64, then scale by powers of two.
    let mut v = mant as f64;
    let mut e = e2;
    while e > 0 {
        let step = if e > 1000 { 1000 } else { e };
        v *= pow2(step);
        e -= step;
    }
    while e < 0 {
        let step = if -e > 1000 { 1000 } else { -e };
        // Dividing by a power of two is exact unless the result is subnormal; `mant` was already
        // rounded to the subnormal precision, so the final division is exact too.
        v /= pow2(step);
        e += step;
    }
    v
}

fn pow2(e: i32) -> f64 {
    // 2^e for 0 <= e <= 1000 built from its bits.
    f64::from_bits(((e + 1023) as u64) << 52)
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
