//! Formatting of integers: `Display` (decimal), `Debug` (decimal, or hex with `{:x?}`), `Binary`,
//! `Octal`, `LowerHex`, `UpperHex` (two's complement for negative numbers, as in real core),
//! `LowerExp`/`UpperExp`, and `{:p}` addresses.

use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Result, UpperExp, UpperHex};
use crate::result::Result::Ok;

/// Writes the decimal digits of `n` to the end of `buf`, returning the start index.
fn decimal_digits(mut n: u128, buf: &mut [u8; 40]) -> usize {
    let mut curr = buf.len();
    loop {
        curr -= 1;
        buf[curr] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return curr;
        }
    }
}

/// Writes `n` in base `2^shift` to the end of `buf`, returning the start index.
fn radix_digits(mut n: u128, shift: u32, upper: bool, buf: &mut [u8; 130]) -> usize {
    let mask = (1u128 << shift) - 1;
    let mut curr = buf.len();
    loop {
        curr -= 1;
        let d = (n & mask) as u8;
        buf[curr] = if d < 10 {
            b'0' + d
        } else if upper {
            b'A' + (d - 10)
        } else {
            b'a' + (d - 10)
        };
        n >>= shift;
        if n == 0 {
            return curr;
        }
    }
}

pub(crate) fn fmt_u128(n: u128, is_nonnegative: bool, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 40];
    let start = decimal_digits(n, &mut buf);
    // SAFETY: only ASCII digits were written.
    let s = unsafe { crate::str::from_utf8_unchecked(&buf[start..]) };
    f.pad_integral(is_nonnegative, "", s)
}

fn fmt_radix(n: u128, shift: u32, upper: bool, prefix: &str, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 130];
    let start = radix_digits(n, shift, upper, &mut buf);
    // SAFETY: only ASCII digits were written.
    let s = unsafe { crate::str::from_utf8_unchecked(&buf[start..]) };
    f.pad_integral(true, prefix, s)
}

/// `{:e}` of an integer: `d.ddde<exp>`, trailing zeros removed, or rounded to the precision
/// (half to even like real core's integer `LowerExp`).
fn fmt_int_exp(mut n: u128, is_nonnegative: bool, upper: bool, f: &mut Formatter<'_>) -> Result {
    let mut exponent: usize = 0;
    // Strip trailing zeros.
    while n % 10 == 0 && n >= 10 {
        n /= 10;
        exponent += 1;
    }
    let (added_precision, subtracted_precision) = match f.precision() {
        Some(fmt_prec) => {
            let mut tmp = n;
            let mut prec = 0;
            while tmp >= 10 {
                tmp /= 10;
                prec += 1;
            }
            (fmt_prec.saturating_sub(prec), prec.saturating_sub(fmt_prec))
        }
        None => (0, 0),
    };
    let mut i = 1;
    while i < subtracted_precision {
        n /= 10;
        exponent += 1;
        i += 1;
    }
    if subtracted_precision != 0 {
        let rem = n % 10;
        n /= 10;
        exponent += 1;
        // Round up last digit, round to even on a tie.
        if rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted_precision > 1)) {
            n += 1;
            // If the digit is rounded to the next power, instead adjust the exponent.
            let mut t = n;
            let mut all_zero_tail = true;
            let mut digits = 0;
            while t >= 10 {
                if t % 10 != 0 {
                    all_zero_tail = false;
                }
                t /= 10;
                digits += 1;
            }
            if t == 1 && all_zero_tail && digits > 0 {
                n /= 10;
                exponent += 1;
            }
        }
    }
    let mut buf = [0u8; 40];
    let start = decimal_digits(n, &mut buf);
    let digits = &buf[start..];
    exponent += digits.len() - 1;
    let mut out = [0u8; 200];
    let mut len = 0;
    out[len] = digits[0];
    len += 1;
    if digits.len() > 1 || added_precision > 0 {
        out[len] = b'.';
        len += 1;
        let mut j = 1;
        while j < digits.len() {
            out[len] = digits[j];
            len += 1;
            j += 1;
        }
    }
    // SAFETY: ASCII only.
    let mantissa = unsafe { crate::str::from_utf8_unchecked(&out[..len]) };
    let mut ebuf = [0u8; 40];
    let estart = decimal_digits(exponent as u128, &mut ebuf);
    let mut exp_part = [0u8; 41];
    exp_part[0] = if upper { b'E' } else { b'e' };
    let elen = 40 - estart;
    let mut k = 0;
    while k < elen {
        exp_part[1 + k] = ebuf[estart + k];
        k += 1;
    }
    // SAFETY: ASCII only.
    let exp_str = unsafe { crate::str::from_utf8_unchecked(&exp_part[..1 + elen]) };
    let zeros = Zeros(added_precision);
    let sign = if !is_nonnegative {
        "-"
    } else if f.sign_plus() {
        "+"
    } else {
        ""
    };
    let mut zero_buf = [b'0'; 64];
    let zero_str = if zeros.0 <= 64 {
        // SAFETY: ASCII only.
        unsafe { crate::str::from_utf8_unchecked(&zero_buf[..zeros.0]) }
    } else {
        zero_buf[0] = b'0';
        ""
    };
    f.pad_formatted_parts(sign, &[mantissa, zero_str, exp_str])
}

struct Zeros(usize);

macro_rules! int_fmt {
    ($($t:ty, $u:ty, $signed:literal;)*) => {$(
        impl Display for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                let is_nonnegative = !$signed || *self as i128 >= 0;
                let abs: u128 = if is_nonnegative { *self as u128 } else { (*self as i128).unsigned_abs() };
                fmt_u128(abs, is_nonnegative, f)
            }
        }
        impl Debug for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                if f.debug_lower_hex() {
                    LowerHex::fmt(self, f)
                } else if f.debug_upper_hex() {
                    UpperHex::fmt(self, f)
                } else {
                    Display::fmt(self, f)
                }
            }
        }
        impl Binary for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 1, false, "0b", f)
            }
        }
        impl Octal for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 3, false, "0o", f)
            }
        }
        impl LowerHex for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 4, false, "0x", f)
            }
        }
        impl UpperHex for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                fmt_radix(*self as $u as u128, 4, true, "0x", f)
            }
        }
        impl LowerExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                let is_nonnegative = !$signed || *self as i128 >= 0;
                let abs: u128 = if is_nonnegative { *self as u128 } else { (*self as i128).unsigned_abs() };
                fmt_int_exp(abs, is_nonnegative, false, f)
            }
        }
        impl UpperExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                let is_nonnegative = !$signed || *self as i128 >= 0;
                let abs: u128 = if is_nonnegative { *self as u128 } else { (*self as i128).unsigned_abs() };
                fmt_int_exp(abs, is_nonnegative, true, f)
            }
        }
    )*};
}

int_fmt! {
    i8, u8, true; i16, u16, true; i32, u32, true; i64, u64, true; isize, usize, true;
    u8, u8, false; u16, u16, false; u32, u32, false; u64, u64, false; usize, usize, false;
    u128, u128, false;
}

// `i128` separately: `as i128` of an `i128` and `unsigned_abs` are fine, but the `$u` cast chain
// differs.
impl Display for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_u128(self.unsigned_abs(), *self >= 0, f)
    }
}
impl Debug for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if f.debug_lower_hex() {
            LowerHex::fmt(self, f)
        } else if f.debug_upper_hex() {
            UpperHex::fmt(self, f)
        } else {
            Display::fmt(self, f)
        }
    }
}
impl Binary for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(*self as u128, 1, false, "0b", f)
    }
}
impl Octal for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(*self as u128, 3, false, "0o", f)
    }
}
impl LowerHex for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(*self as u128, 4, false, "0x", f)
    }
}
impl UpperHex for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_radix(*self as u128, 4, true, "0x", f)
    }
}
impl LowerExp for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_int_exp(self.unsigned_abs(), *self >= 0, false, f)
    }
}
impl UpperExp for i128 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        fmt_int_exp(self.unsigned_abs(), *self >= 0, true, f)
    }
}

/// `{:p}`: `0x` + lower hex; with `#`, zero-padded to the full width (real core).
pub(crate) fn pointer_fmt_inner_impl(ptr_addr: usize, f: &mut Formatter<'_>) -> Result {
    let old_options = f.options();
    if f.alternate() {
        f.options_mut().sign_aware_zero_pad(true);
        if f.width().is_none() {
            f.options_mut().width(Some((usize::BITS / 4) as u16 + 2));
        }
    }
    f.options_mut().alternate(true);
    let ret = LowerHex::fmt(&ptr_addr, f);
    f.set_options(old_options);
    ret
}
