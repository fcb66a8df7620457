//! Integer and float arithmetic with rustc's semantics, on raw bits.
//!
//! Plain `BinaryOp`s wrap (overflow panics come from the `Assert`s the lowering places); shifts mask the
//! shift amount to the bit width, as MIR's `Shl`/`Shr` do. Division by zero and `MIN / -1` are UB here
//! (the lowering guards them with `Assert`s first), with Miri's messages.

use bs_ir::{BinOp, FloatTy, UnOp};

use super::value::{sext, trunc};
use crate::error::{InterpResult, bug, ub};

/// `a op b` on integers of `size` bytes. Returns the (truncated) result and whether it overflowed.
/// Comparisons return 0/1 (and `Cmp` the `Ordering` as i8 bits).
pub fn int_binop(
    op: BinOp,
    a: u128,
    b: u128,
    size: u64,
    signed: bool,
) -> InterpResult<(u128, bool)> {
    let bits = size * 8;
    let (a, b) = (trunc(a, size), trunc(b, size));
    let (sa, sb) = (sext(a, size), sext(b, size));
    let min = if signed {
        sext(1u128 << (bits - 1), size)
    } else {
        0
    };
    let max: i128 = if signed {
        (trunc(u128::MAX, size) >> 1) as i128
    } else {
        0
    };
    // Whether an exact result (computed in wider arithmetic) fits.
    let fits_s = |v: Option<i128>| v.is_some_and(|v| v >= min && v <= max);
    let fits_u = |v: Option<u128>| v.is_some_and(|v| v == trunc(v, size));
    let cmp = |o: std::cmp::Ordering| -> (u128, bool) {
        match op {
            BinOp::Eq => ((o.is_eq()) as u128, false),
            BinOp::Ne => ((o.is_ne()) as u128, false),
            BinOp::Lt => ((o.is_lt()) as u128, false),
            BinOp::Le => ((o.is_le()) as u128, false),
            BinOp::Gt => ((o.is_gt()) as u128, false),
            BinOp::Ge => ((o.is_ge()) as u128, false),
            _ => (trunc(o as i8 as u128, 1), false),
        }
    };
    Ok(match op {
        BinOp::Add | BinOp::AddWithOverflow => {
            let r = trunc(a.wrapping_add(b), size);
            let o = if signed {
                !fits_s(sa.checked_add(sb))
            } else {
                !fits_u(a.checked_add(b))
            };
            (r, o)
        }
        BinOp::Sub | BinOp::SubWithOverflow => {
            let r = trunc(a.wrapping_sub(b), size);
            let o = if signed {
                !fits_s(sa.checked_sub(sb))
            } else {
                b > a
            };
            (r, o)
        }
        BinOp::Mul | BinOp::MulWithOverflow => {
            let r = trunc(a.wrapping_mul(b), size);
            let o = if signed {
                !fits_s(sa.checked_mul(sb))
            } else {
                !fits_u(a.checked_mul(b))
            };
            (r, o)
        }
        BinOp::Div | BinOp::Rem => {
            let is_div = op == BinOp::Div;
            if b == 0 {
                return ub(if is_div {
                    "dividing by zero"
                } else {
                    "calculating the remainder with a divisor of zero"
                });
            }
            if signed {
                if sa == min && sb == -1 {
                    return ub(if is_div {
                        "overflow in signed division (dividing MIN by -1)"
                    } else {
                        "overflow in signed remainder (dividing MIN by -1)"
                    });
                }
                let r = if is_div {
                    sa.wrapping_div(sb)
                } else {
                    sa.wrapping_rem(sb)
                };
                (trunc(r as u128, size), false)
            } else {
                (if is_div { a / b } else { a % b }, false)
            }
        }
        BinOp::BitXor => (a ^ b, false),
        BinOp::BitAnd => (a & b, false),
        BinOp::BitOr => (a | b, false),
        BinOp::Shl | BinOp::Shr => {
            let over = b >= u128::from(bits);
            let s = (b % u128::from(bits)) as u32;
            let r = if op == BinOp::Shl {
                trunc(a << s, size)
            } else if signed {
                trunc((sa >> s) as u128, size)
            } else {
                a >> s
            };
            (r, over)
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Cmp => {
            if signed {
                cmp(sa.cmp(&sb))
            } else {
                cmp(a.cmp(&b))
            }
        }
        BinOp::Offset => return bug("Offset on integers"),
    })
}

/// The shift amount check of `unchecked_shl`/`unchecked_shr`.
pub fn shift_amount_ok(b: u128, size: u64, b_signed: bool, b_size: u64) -> bool {
    let v = if b_signed {
        sext(b, b_size)
    } else {
        trunc(b, b_size) as i128
    };
    v >= 0 && (v as u128) < (size * 8) as u128
}

pub fn int_unop(op: UnOp, a: u128, size: u64, signed: bool) -> InterpResult<u128> {
    let _ = signed;
    match op {
        UnOp::Not => Ok(trunc(!a, size)),
        UnOp::Neg => Ok(trunc(a.wrapping_neg(), size)),
        UnOp::PtrMetadata => bug("PtrMetadata on an integer"),
    }
}

fn f_from(bits: u128, ty: FloatTy) -> f64 {
    match ty {
        FloatTy::F32 => f32::from_bits(bits as u32) as f64,
        FloatTy::F64 => f64::from_bits(bits as u64),
    }
}

pub fn f_to_bits(v: f64, ty: FloatTy) -> u128 {
    match ty {
        FloatTy::F32 => (v as f32).to_bits() as u128,
        FloatTy::F64 => v.to_bits() as u128,
    }
}

/// `a op b` on floats; comparisons return 0/1.
pub fn float_binop(op: BinOp, a: u128, b: u128, ty: FloatTy) -> InterpResult<u128> {
    // f32 arithmetic must round to f32 after each operation: do it in f32 for f32.
    if ty == FloatTy::F32 {
        let (x, y) = (f32::from_bits(a as u32), f32::from_bits(b as u32));
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div => x / y,
            BinOp::Rem => x % y,
            _ => return float_cmp(op, x as f64, y as f64),
        };
        return Ok(r.to_bits() as u128);
    }
    let (x, y) = (f_from(a, ty), f_from(b, ty));
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        _ => return float_cmp(op, x, y),
    };
    Ok(f_to_bits(r, ty))
}

fn float_cmp(op: BinOp, x: f64, y: f64) -> InterpResult<u128> {
    Ok(match op {
        BinOp::Eq => (x == y) as u128,
        BinOp::Ne => (x != y) as u128,
        BinOp::Lt => (x < y) as u128,
        BinOp::Le => (x <= y) as u128,
        BinOp::Gt => (x > y) as u128,
        BinOp::Ge => (x >= y) as u128,
        _ => return bug(format!("{op:?} on floats")),
    })
}

pub fn float_neg(a: u128, ty: FloatTy) -> u128 {
    match ty {
        FloatTy::F32 => (a as u32 ^ 0x8000_0000) as u128,
        FloatTy::F64 => (a as u64 ^ 0x8000_0000_0000_0000) as u128,
    }
}

pub fn float_value(bits: u128, ty: FloatTy) -> f64 {
    f_from(bits, ty)
}

/// `float as int` (saturating, NaN → 0), as rustc's `as` does.
pub fn float_to_int(bits: u128, fty: FloatTy, size: u64, signed: bool) -> u128 {
    let v = f_from(bits, fty);
    if v.is_nan() {
        return 0;
    }
    let v = v.trunc();
    if signed {
        let min = sext(1u128 << (size * 8 - 1), size) as f64;
        let max = -(min + 1.0);
        let r = if v <= min {
            sext(1u128 << (size * 8 - 1), size)
        } else if v >= max + 1.0 {
            (trunc(u128::MAX, size) >> 1) as i128
        } else {
            v as i128
        };
        trunc(r as u128, size)
    } else {
        let max = trunc(u128::MAX, size);
        if v <= 0.0 {
            0
        } else if v >= max as f64 {
            max
        } else {
            v as u128
        }
    }
}

/// `int as float` (round to nearest).
pub fn int_to_float(bits: u128, size: u64, signed: bool, fty: FloatTy) -> u128 {
    match fty {
        FloatTy::F32 => {
            let v = if signed {
                sext(bits, size) as f32
            } else {
                trunc(bits, size) as f32
            };
            v.to_bits() as u128
        }
        FloatTy::F64 => {
            let v = if signed {
                sext(bits, size) as f64
            } else {
                trunc(bits, size) as f64
            };
            v.to_bits() as u128
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_wraps_and_reports_overflow() {
        assert_eq!(int_binop(BinOp::Add, 255, 1, 1, false).unwrap(), (0, true));
        assert_eq!(
            int_binop(BinOp::Add, 127, 1, 1, true).unwrap(),
            (0x80, true)
        );
        assert_eq!(
            int_binop(BinOp::Add, 0xff, 0xff, 1, true).unwrap(),
            (0xfe, false)
        ); // -1 + -1
        assert_eq!(
            int_binop(BinOp::Sub, 0, 1, 4, false).unwrap(),
            (0xffff_ffff, true)
        );
        assert_eq!(
            int_binop(BinOp::Mul, 1 << 62, 4, 8, false).unwrap(),
            (0, true)
        );
        assert_eq!(
            int_binop(BinOp::Add, u128::MAX, 1, 16, false).unwrap(),
            (0, true)
        );
        assert!(
            int_binop(BinOp::Add, i128::MAX as u128, 1, 16, true)
                .unwrap()
                .1
        );
    }

    #[test]
    fn division_semantics() {
        assert_eq!(
            int_binop(BinOp::Div, (-7i32) as u32 as u128, 2, 4, true)
                .unwrap()
                .0,
            (-3i32) as u32 as u128
        );
        assert_eq!(
            int_binop(BinOp::Rem, (-7i32) as u32 as u128, 2, 4, true)
                .unwrap()
                .0,
            (-1i32) as u32 as u128
        );
        assert!(
            matches!(*int_binop(BinOp::Div, 1, 0, 4, false).unwrap_err(), crate::error::Stop::Ub(ref m) if m == "dividing by zero")
        );
        let e = int_binop(BinOp::Div, 0x80, 0xff, 1, true).unwrap_err();
        assert!(matches!(*e, crate::error::Stop::Ub(ref m) if m.contains("dividing MIN by -1")));
    }

    #[test]
    fn shifts_and_comparisons() {
        assert_eq!(int_binop(BinOp::Shl, 1, 33, 4, false).unwrap(), (2, true));
        assert_eq!(int_binop(BinOp::Shr, 0x80, 7, 1, true).unwrap().0, 0xff);
        assert_eq!(int_binop(BinOp::Lt, 0xff, 1, 1, true).unwrap().0, 1);
        assert_eq!(int_binop(BinOp::Lt, 0xff, 1, 1, false).unwrap().0, 0);
        assert_eq!(int_binop(BinOp::Cmp, 1, 2, 4, false).unwrap().0, 0xff);
        assert!(shift_amount_ok(31, 4, false, 4) && !shift_amount_ok(32, 4, false, 4));
    }

    #[test]
    fn float_ops_and_casts() {
        let a = 1.5f64.to_bits() as u128;
        let b = 2.25f64.to_bits() as u128;
        assert_eq!(
            f64::from_bits(float_binop(BinOp::Add, a, b, FloatTy::F64).unwrap() as u64),
            3.75
        );
        assert_eq!(float_binop(BinOp::Lt, a, b, FloatTy::F64).unwrap(), 1);
        let x = 0.1f32.to_bits() as u128;
        assert_eq!(
            f32::from_bits(float_binop(BinOp::Add, x, x, FloatTy::F32).unwrap() as u32),
            0.1f32 + 0.1f32
        );
        assert_eq!(
            float_to_int(300.7f64.to_bits() as u128, FloatTy::F64, 1, false),
            255
        );
        assert_eq!(
            float_to_int((-1.0f64).to_bits() as u128, FloatTy::F64, 1, false),
            0
        );
        assert_eq!(
            float_to_int(f64::NAN.to_bits() as u128, FloatTy::F64, 4, true),
            0
        );
        assert_eq!(
            float_to_int((-1e10f64).to_bits() as u128, FloatTy::F64, 4, true),
            0x8000_0000
        );
        assert_eq!(
            f32::from_bits(int_to_float(0xff, 1, true, FloatTy::F32) as u32),
            -1.0
        );
        assert_eq!(int_unop(UnOp::Neg, 1, 2, true).unwrap(), 0xffff);
    }
}
