//! Formatting of `f32`/`f64`, byte-identical to real core:
//! * `{}`: shortest digits that round-trip, in plain decimal notation (`1`, `0.1`, `1e21` printed
//!   in full);
//! * `{:?}`: the same with at least one fractional digit (`1.0`), switching to exponential
//!   notation outside `1e-4 <= |x| < 1e16` (`1e16`, `1.5e-5`);
//! * `{:.N}`: the exact value rounded to `N` fractional digits (ties to even);
//! * `{:e}`/`{:E}`: shortest digits in exponential notation, `{:.Ne}`: exactly `N + 1`
//!   significant digits.
//!
//! Digits come from an exact big-integer algorithm written for this model: Burger & Dybvig's
//! free-format (shortest) digit generation with the float's own rounding boundaries (so `f32`
//! prints as `f32`), and plain long division for the fixed-precision modes. Integer-valued floats
//! below 2^53 take a fast path.

use super::{Debug, Display, Formatter, LowerExp, Result, UpperExp, FLAG_ZERO_PAD};
use crate::cmp::Ordering;
use crate::num::bignum::Big;
use crate::result::Result::Ok;

/// Up to 800 decimal digits (`f64::MIN_POSITIVE` printed exactly has 767 significant digits).
struct Digits {
    buf: [u8; 800],
    len: usize,
    /// The value is `0.d1 d2 ... dn * 10^k`.
    k: i32,
}

impl Digits {
    fn new() -> Digits {
        Digits { buf: [0; 800], len: 0, k: 0 }
    }

    fn push(&mut self, d: u8) {
        self.buf[self.len] = d;
        self.len += 1;
    }

    /// Adds one unit in the last place (carrying; `999` becomes `1` with `k + 1`).
    fn round_up(&mut self) {
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            if self.buf[i] < 9 {
                self.buf[i] += 1;
                self.len = i + 1;
                return;
            }
        }
        // All nines: 0.999 -> 1.0 (one more integer digit).
        self.buf[0] = 1;
        self.len = 1;
        self.k += 1;
    }
}

/// A decoded finite float: `f * 2^e`, plus its format's parameters.
#[derive(Clone, Copy)]
struct Decoded {
    f: u64,
    e: i32,
    /// `f` is the smallest normal mantissa (the gap below is half the gap above).
    lower_boundary_closer: bool,
    /// Mantissa even: boundaries round to this value (IEEE ties-to-even when parsing).
    inclusive: bool,
    /// Stored mantissa bits of the format (52 for `f64`, 23 for `f32`).
    mant_bits: u32,
}

fn decode(bits: u64, mant_bits: u32, exp_bits: u32) -> Decoded {
    let man_mask = (1u64 << mant_bits) - 1;
    let exp_mask = (1u64 << exp_bits) - 1;
    let bias = (1i32 << (exp_bits - 1)) - 1;
    let raw_exp = ((bits >> mant_bits) & exp_mask) as i32;
    let raw_man = bits & man_mask;
    let (f, e) = if raw_exp == 0 {
        (raw_man, 1 - bias - mant_bits as i32)
    } else {
        (raw_man | (1u64 << mant_bits), raw_exp - bias - mant_bits as i32)
    };
    Decoded {
        f,
        e,
        lower_boundary_closer: raw_exp > 1 && raw_man == 0,
        inclusive: f % 2 == 0,
        mant_bits,
    }
}

/// `floor(x * log10(2))`, possibly one too small.
fn estimate_log10(x: i32) -> i32 {
    (((x as i64) * 315653) >> 20) as i32 - 1
}

fn bit_length(v: u64) -> i32 {
    64 - v.leading_zeros() as i32
}

/// Shortest digits that read back as the same float (Burger & Dybvig, free-format).
fn shortest(v: Decoded) -> Digits {
    let mut out = Digits::new();
    if v.f == 0 {
        out.push(0);
        out.k = 1;
        return out;
    }
    // Fast path: integers whose neighbours are at most 1 apart (below 2^53 for `f64`, 2^24 for
    // `f32`): their own digits, trailing zeros dropped.
    if v.e >= 0 && v.e < 11 && bit_length(v.f) + v.e <= v.mant_bits as i32 + 1 {
        let n = v.f << v.e;
        let mut tmp = [0u8; 20];
        let mut len = 0;
        let mut m = n;
        while m > 0 {
            tmp[len] = (m % 10) as u8;
            m /= 10;
            len += 1;
        }
        out.k = len as i32;
        let mut i = len;
        while i > 0 {
            i -= 1;
            out.push(tmp[i]);
        }
        while out.len > 1 && out.buf[out.len - 1] == 0 {
            out.len -= 1;
        }
        return out;
    }
    let (mut r, mut s, mut mp, mut mm);
    if v.e >= 0 {
        if !v.lower_boundary_closer {
            r = Big::from_u64(v.f);
            r.mul_pow2(v.e as u32 + 1);
            s = Big::from_u64(2);
            mp = Big::from_u64(1);
            mp.mul_pow2(v.e as u32);
            mm = mp;
        } else {
            r = Big::from_u64(v.f);
            r.mul_pow2(v.e as u32 + 2);
            s = Big::from_u64(4);
            mp = Big::from_u64(1);
            mp.mul_pow2(v.e as u32 + 1);
            mm = Big::from_u64(1);
            mm.mul_pow2(v.e as u32);
        }
    } else if !v.lower_boundary_closer {
        r = Big::from_u64(v.f);
        r.mul_pow2(1);
        s = Big::from_u64(1);
        s.mul_pow2((1 - v.e) as u32);
        mp = Big::from_u64(1);
        mm = Big::from_u64(1);
    } else {
        r = Big::from_u64(v.f);
        r.mul_pow2(2);
        s = Big::from_u64(1);
        s.mul_pow2((2 - v.e) as u32);
        mp = Big::from_u64(2);
        mm = Big::from_u64(1);
    }
    let mut k = estimate_log10(v.e + bit_length(v.f) - 1);
    if k >= 0 {
        s.mul_pow10(k as u32);
    } else {
        r.mul_pow10((-k) as u32);
        mp.mul_pow10((-k) as u32);
        mm.mul_pow10((-k) as u32);
    }
    // Fix up the estimate: the first digit must be below 10.
    loop {
        let mut high = r;
        high.add(&mp);
        let too_low = match high.cmp(&s) {
            Ordering::Greater => true,
            Ordering::Equal => v.inclusive,
            Ordering::Less => false,
        };
        if too_low {
            s.mul_small(10);
            k += 1;
        } else {
            break;
        }
    }
    out.k = k;
    loop {
        let d = r.next_digit(&s);
        mp.mul_small(10);
        mm.mul_small(10);
        let tc1 = match r.cmp(&mm) {
            Ordering::Less => true,
            Ordering::Equal => v.inclusive,
            Ordering::Greater => false,
        };
        let mut high = r;
        high.add(&mp);
        let tc2 = match high.cmp(&s) {
            Ordering::Greater => true,
            Ordering::Equal => v.inclusive,
            Ordering::Less => false,
        };
        if !tc1 && !tc2 {
            out.push(d);
            continue;
        }
        if tc1 && !tc2 {
            out.push(d);
        } else if !tc1 && tc2 {
            out.push(d + 1);
        } else {
            // Both neighbours are possible: the closer one.
            let mut twice = r;
            twice.mul_small(2);
            match twice.cmp(&s) {
                Ordering::Less => out.push(d),
                Ordering::Greater => out.push(d + 1),
                // An exact tie rounds up, as real core's shortest mode does (`0.625f32` prints
                // `0.63` when both `0.62` and `0.63` read back as the same `f32`).
                Ordering::Equal => out.push(d + 1),
            }
        }
        break;
    }
    out
}

/// Which digits the exact mode produces.
#[derive(Clone, Copy)]
enum Limit {
    /// This many fractional decimal places.
    Fractional(usize),
    /// This many significant digits.
    Significant(usize),
}

/// The exact value rounded (ties to even) to the requested digits.
fn exact(v: Decoded, limit: Limit) -> Digits {
    let mut out = Digits::new();
    if v.f == 0 {
        out.k = 1;
        let n = match limit {
            Limit::Fractional(_) => 1,
            Limit::Significant(n) => n,
        };
        let mut i = 0;
        while i < n {
            out.push(0);
            i += 1;
        }
        return out;
    }
    let mut r = Big::from_u64(v.f);
    let mut s = Big::from_u64(1);
    if v.e >= 0 {
        r.mul_pow2(v.e as u32);
    } else {
        s.mul_pow2((-v.e) as u32);
    }
    let mut k = estimate_log10(v.e + bit_length(v.f) - 1);
    if k >= 0 {
        s.mul_pow10(k as u32);
    } else {
        r.mul_pow10((-k) as u32);
    }
    while !matches!(r.cmp(&s), Ordering::Less) {
        s.mul_small(10);
        k += 1;
    }
    out.k = k;
    // Now `v = r / s * 10^k` with `r / s` in `[0.1, 1)`.
    let n: i64 = match limit {
        Limit::Fractional(frac) => k as i64 + frac as i64,
        Limit::Significant(n) => n as i64,
    };
    if n < 0 {
        // Below half a unit of the last place: zero.
        out.k = 1;
        out.push(0);
        return out;
    }
    let mut i = 0;
    while i < n {
        let d = r.next_digit(&s);
        out.push(d);
        i += 1;
    }
    // Round on the remainder: compare `r / s` with one half.
    let mut twice = r;
    twice.mul_small(2);
    let round_up = match twice.cmp(&s) {
        Ordering::Less => false,
        Ordering::Greater => true,
        Ordering::Equal => {
            if out.len == 0 {
                false
            } else {
                out.buf[out.len - 1] % 2 == 1
            }
        }
    };
    if out.len == 0 {
        if round_up {
            out.push(1);
            out.k += 1;
        } else {
            out.k = 1;
            out.push(0);
        }
        return out;
    }
    if round_up {
        let old_len = out.len;
        let old_k = out.k;
        out.round_up();
        // Keep the digit count: the same number of significant digits, or of fractional digits
        // (one more digit when the carry added an integer digit).
        let target = match limit {
            Limit::Significant(_) => old_len,
            Limit::Fractional(_) => old_len + (out.k - old_k) as usize,
        };
        while out.len < target {
            out.push(0);
        }
        out.len = target;
    }
    out
}

/// A small ASCII output buffer.
struct Out {
    buf: [u8; 1200],
    len: usize,
}

impl Out {
    fn new() -> Out {
        Out { buf: [0; 1200], len: 0 }
    }
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }
    fn push_digit(&mut self, d: u8) {
        self.push(b'0' + d);
    }
    fn push_zeros(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            self.push(b'0');
            i += 1;
        }
    }
    fn as_str(&self) -> &str {
        // SAFETY: only ASCII was pushed.
        unsafe { crate::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }
}

/// Plain decimal notation of `0.d1..dn * 10^k` with at least `min_frac` fractional digits (and
/// exactly `frac` when given).
fn write_decimal(out: &mut Out, d: &Digits, min_frac: usize) {
    let n = d.len;
    if d.k <= 0 {
        out.push(b'0');
        out.push(b'.');
        out.push_zeros((-d.k) as usize);
        let mut i = 0;
        while i < n {
            out.push_digit(d.buf[i]);
            i += 1;
        }
        let frac = (-d.k) as usize + n;
        if frac < min_frac {
            out.push_zeros(min_frac - frac);
        }
    } else {
        let k = d.k as usize;
        let mut i = 0;
        while i < n && i < k {
            out.push_digit(d.buf[i]);
            i += 1;
        }
        if k > n {
            out.push_zeros(k - n);
        }
        if n > k {
            out.push(b'.');
            while i < n {
                out.push_digit(d.buf[i]);
                i += 1;
            }
            if n - k < min_frac {
                out.push_zeros(min_frac - (n - k));
            }
        } else if min_frac > 0 {
            out.push(b'.');
            out.push_zeros(min_frac);
        }
    }
}

/// `d1.d2..dn` + `e` + exponent, with at least `min_frac` fractional digits.
fn write_exponential(out: &mut Out, d: &Digits, min_frac: usize, upper: bool) {
    out.push_digit(d.buf[0]);
    let frac = d.len - 1;
    if frac > 0 || min_frac > 0 {
        out.push(b'.');
        let mut i = 1;
        while i < d.len {
            out.push_digit(d.buf[i]);
            i += 1;
        }
        if frac < min_frac {
            out.push_zeros(min_frac - frac);
        }
    }
    out.push(if upper { b'E' } else { b'e' });
    let mut exp = if d.buf[0] == 0 && d.len == 1 { 0 } else { d.k - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    }
    let mut tmp = [0u8; 8];
    let mut len = 0;
    loop {
        tmp[len] = (exp % 10) as u8;
        exp /= 10;
        len += 1;
        if exp == 0 {
            break;
        }
    }
    while len > 0 {
        len -= 1;
        out.push_digit(tmp[len]);
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Display,
    Debug,
    Exp { upper: bool },
}

/// Formats a float given as raw bits of an IEEE format with `mant_bits` stored mantissa bits.
fn float_fmt(f: &mut Formatter<'_>, bits: u64, mant_bits: u32, exp_bits: u32, mode: Mode) -> Result {
    let sign_bit = (bits >> (mant_bits + exp_bits)) & 1 == 1;
    let exp_all_ones = ((bits >> mant_bits) & ((1u64 << exp_bits) - 1)) == (1u64 << exp_bits) - 1;
    let is_nan = exp_all_ones && (bits & ((1u64 << mant_bits) - 1)) != 0;
    let sign = if is_nan {
        ""
    } else if sign_bit {
        "-"
    } else if f.sign_plus() {
        "+"
    } else {
        ""
    };
    if exp_all_ones {
        let text = if is_nan { "NaN" } else { "inf" };
        // Zero padding does not apply to non-finite values (real core pads with spaces).
        let old = f.options();
        f.options_mut().sign_aware_zero_pad(false);
        let r = f.pad_formatted_parts(sign, &[text]);
        f.set_options(old);
        return r;
    }
    let v = decode(bits, mant_bits, exp_bits);
    let mut out = Out::new();
    match mode {
        Mode::Display | Mode::Debug => match f.precision() {
            Some(prec) => {
                let d = exact(v, Limit::Fractional(prec));
                write_decimal(&mut out, &d, prec);
            }
            None => {
                let d = shortest(v);
                let use_exp = mode == Mode::Debug && v.f != 0 && {
                    // |x| < 1e-4 or |x| >= 1e16, decided on the shortest digits (`0.d * 10^k`).
                    d.k < -3 || d.k > 16
                };
                if use_exp {
                    write_exponential(&mut out, &d, 0, false);
                } else {
                    write_decimal(&mut out, &d, if mode == Mode::Debug { 1 } else { 0 });
                }
            }
        },
        Mode::Exp { upper } => match f.precision() {
            Some(prec) => {
                let d = exact(v, Limit::Significant(prec + 1));
                write_exponential(&mut out, &d, prec, upper);
            }
            None => {
                let d = shortest(v);
                write_exponential(&mut out, &d, 0, upper);
            }
        },
    }
    f.pad_formatted_parts(sign, &[out.as_str()])
}

macro_rules! float_fmt_impls {
    ($($t:ty, $bits:ty, $mant:literal, $exp:literal;)*) => {$(
        impl Display for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                float_fmt(f, self.to_bits() as u64, $mant, $exp, Mode::Display)
            }
        }
        impl Debug for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                float_fmt(f, self.to_bits() as u64, $mant, $exp, Mode::Debug)
            }
        }
        impl LowerExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                float_fmt(f, self.to_bits() as u64, $mant, $exp, Mode::Exp { upper: false })
            }
        }
        impl UpperExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                float_fmt(f, self.to_bits() as u64, $mant, $exp, Mode::Exp { upper: true })
            }
        }
    )*};
}

float_fmt_impls! {
    f32, u32, 23, 8;
    f64, u64, 52, 11;
}
