//! Compiler intrinsics and interpreter hooks (`__bs_*`), with Miri's UB checks for their
//! preconditions (`unchecked_*` overflow, `exact_div` remainders, `offset` out of bounds…).

use bs_ir::{
    BinOp, BlockId, FloatBinaryOp, FloatTy, FloatUnaryOp, InstanceId, Intrinsic, Operand, Span,
    TyId, TyKind,
};

use super::arith::{self, f_to_bits, float_value, int_binop, shift_amount_ok};
use super::place::{Meta, NO_CAP, PlaceVal, TailKind, field_offset};
use super::value::{Repr, SKind, Scalar, Value, sext, trunc};
use super::{Frame, Machine, RetDest};
use crate::error::{InterpResult, Stop, bug, ub, unsupported};
use crate::memory::{AllocKind, Bytes, InitMask, PTR_SIZE, Pointer, Provenance};

fn fnv(s: &str) -> u128 {
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    for b in s.bytes() {
        h ^= b as u128;
        h = h.wrapping_mul(0x0000000001000000000000000000013B);
    }
    h
}

impl Machine<'_> {
    fn write_int(&mut self, dest: &PlaceVal, bits: u128) -> InterpResult<()> {
        let i = self.info(dest.ty)?;
        match i.repr {
            Repr::Zst => Ok(()),
            Repr::Scalar | Repr::Mem if i.size <= 16 => {
                self.mem
                    .write_scalar(dest.ptr, i.size, i.align, trunc(bits, i.size), None)
            }
            _ => bug(format!("integer result into `{}`", self.ty(dest.ty)?.name)),
        }
    }

    /// Facts of an integer-like type (int, bool, char) used by an arithmetic intrinsic.
    fn int_info(&mut self, t: TyId) -> InterpResult<super::value::TyInfo> {
        let i = self.info(t)?;
        match i.skind {
            SKind::Int { .. } | SKind::Bool | SKind::Char if (1..=16).contains(&i.size) => Ok(i),
            _ => bug(format!("integer intrinsic on `{}`", self.ty(t)?.name)),
        }
    }

    fn goto_opt(&mut self, target: Option<BlockId>) -> InterpResult<()> {
        match target {
            Some(b) => self.goto(b),
            None => ub("entering unreachable code"),
        }
    }

    /// A pointer argument's pointer and metadata.
    fn ptr_meta(&self, v: &Value, ty: TyId) -> InterpResult<(Pointer, Meta)> {
        match v {
            Value::Scalar(s) => Ok((s.to_ptr(), Meta::None)),
            Value::Pair(a, b) => {
                let pointee = self.program.tys.pointee(ty);
                let k = match pointee {
                    Some(p) => self.tail_kind(p)?,
                    None => TailKind::Len,
                };
                let meta = if k == TailKind::Vtable {
                    Meta::Vtable(b.to_ptr())
                } else {
                    Meta::Len(b.bits as u64)
                };
                Ok((a.to_ptr(), meta))
            }
            _ => bug("expected a pointer argument"),
        }
    }

    pub(super) fn call_intrinsic(
        &mut self,
        intr: &Intrinsic,
        generics: &[TyId],
        arg_ops: &[Operand],
        dest: PlaceVal,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        let mut args: Vec<(Value, TyId)> = Vec::with_capacity(arg_ops.len());
        for op in arg_ops {
            args.push(self.eval_operand_ty(op)?);
        }
        let g0 = generics.first().copied();
        let arg = |i: usize| -> InterpResult<&(Value, TyId)> {
            match args.get(i) {
                Some(a) => Ok(a),
                None => bug(format!("intrinsic {intr:?} is missing argument {i}")),
            }
        };
        let sc = |i: usize| -> InterpResult<Scalar> {
            match &arg(i)?.0 {
                Value::Scalar(s) => Ok(*s),
                Value::Pair(s, _) => Ok(*s),
                Value::Mem(b) if b.len() <= 16 && b.init.first_uninit(0, b.len()).is_none() => {
                    let mut buf = [0u8; 16];
                    buf[..b.data.len()].copy_from_slice(&b.data);
                    Ok(Scalar {
                        bits: u128::from_le_bytes(buf),
                        prov: b.prov.first().map(|e| e.1),
                    })
                }
                _ => bug(format!("intrinsic {intr:?}: argument {i} is not a scalar")),
            }
        };
        let ty_or_g0 = |i: usize| -> InterpResult<TyId> {
            match g0 {
                Some(t) => Ok(t),
                None => Ok(arg(i)?.1),
            }
        };
        use Intrinsic as I;
        match intr {
            I::SizeOf | I::AlignOf => {
                let Some(t) = g0 else {
                    return bug("size_of without type");
                };
                let i = self.info(t)?;
                if i.repr == Repr::Unsized {
                    return bug("size_of of an unsized type");
                }
                self.write_int(
                    &dest,
                    u128::from(if *intr == I::SizeOf { i.size } else { i.align }),
                )?;
            }
            I::SizeOfVal | I::AlignOfVal => {
                let (v, t) = arg(0)?.clone();
                let pointee = match g0 {
                    Some(g) => g,
                    None => match self.program.tys.pointee(t) {
                        Some(p) => p,
                        None => return bug("size_of_val of a non-pointer"),
                    },
                };
                let (_, meta) = self.ptr_meta(&v, t)?;
                let (s, a) = self.size_align_of(pointee, meta)?;
                self.write_int(&dest, u128::from(if *intr == I::SizeOfVal { s } else { a }))?;
            }
            I::NeedsDrop => {
                let Some(t) = g0 else {
                    return bug("needs_drop without type");
                };
                let b = self.needs_drop(t)?;
                self.write_int(&dest, b as u128)?;
            }
            I::TypeName => {
                let Some(t) = g0 else {
                    return bug("type_name without type");
                };
                let name = self.ty(t)?.name.clone();
                let p = self.static_str(&name)?;
                self.write_value(
                    &dest,
                    &Value::Pair(Scalar::from_ptr(p), Scalar::int(name.len() as u128)),
                )?;
            }
            I::TypeId => {
                let Some(t) = g0 else {
                    return bug("type_id without type");
                };
                let h = fnv(&self.ty(t)?.name);
                self.write_int(&dest, h)?;
            }
            I::Transmute | I::TransmuteUnchecked => {
                let (v, t) = arg(0)?.clone();
                let (si, ti) = (self.info(t)?, self.info(dest.ty)?);
                if si.size != ti.size {
                    return ub(format!(
                        "transmuting from {}-byte type to {}-byte type: `{}` -> `{}`",
                        si.size,
                        ti.size,
                        self.ty(t)?.name,
                        self.ty(dest.ty)?.name
                    ));
                }
                let b = self.value_to_bytes(t, &v)?;
                self.mem.write_bytes(dest.ptr, ti.align, &b)?;
                self.validate_place(&dest, &mut String::new())?;
            }
            I::CopyNonOverlapping | I::Copy => {
                let t = match g0 {
                    Some(t) => t,
                    None => match self.program.tys.pointee(arg(0)?.1) {
                        Some(t) => t,
                        None => return bug("copy without type"),
                    },
                };
                let i = self.info(t)?;
                let (src, dst, n) = (sc(0)?.to_ptr(), sc(1)?.to_ptr(), sc(2)?.bits as u64);
                let Some(size) = i.size.checked_mul(n).filter(|s| *s <= isize::MAX as u64) else {
                    return ub(format!(
                        "overflow computing total size of `{}`",
                        if *intr == I::Copy {
                            "copy"
                        } else {
                            "copy_nonoverlapping"
                        }
                    ));
                };
                self.mem.check_align(src, i.align)?;
                self.mem.check_align(dst, i.align)?;
                self.mem
                    .copy(src, dst, size, i.align, *intr == I::CopyNonOverlapping)?;
            }
            I::WriteBytes => {
                let t = ty_or_g0(0)?;
                let t = if g0.is_some() {
                    t
                } else {
                    self.program.tys.pointee(t).unwrap_or(t)
                };
                let i = self.info(t)?;
                let (dst, byte, n) = (sc(0)?.to_ptr(), sc(1)?.bits as u8, sc(2)?.bits as u64);
                let Some(size) = i.size.checked_mul(n) else {
                    return ub("overflow computing total size of `write_bytes`");
                };
                self.mem.fill(dst, size, i.align, byte)?;
            }
            I::ReadViaCopy | I::VolatileLoad => {
                let (v, t) = arg(0)?.clone();
                let (ptr, meta) = self.ptr_meta(&v, t)?;
                let ty = g0
                    .or_else(|| self.program.tys.pointee(t))
                    .unwrap_or(dest.ty);
                let val = self.read_value(
                    &PlaceVal {
                        ptr,
                        meta,
                        ty,
                        variant: None,
                        align: NO_CAP,
                    },
                    true,
                )?;
                self.write_value(&dest, &val)?;
            }
            I::WriteViaMove | I::VolatileStore => {
                let (v, t) = arg(0)?.clone();
                let (ptr, meta) = self.ptr_meta(&v, t)?;
                let (val, vt) = arg(1)?.clone();
                self.write_value(
                    &PlaceVal {
                        ptr,
                        meta,
                        ty: vt,
                        variant: None,
                        align: NO_CAP,
                    },
                    &val,
                )?;
            }
            I::Forget | I::Assume if !matches!(intr, I::Assume) => {}
            I::Forget => {}
            I::Assume => {
                if sc(0)?.bits == 0 {
                    return ub("`assume` called with `false`");
                }
            }
            I::DropInPlace => {
                let (v, t) = arg(0)?.clone();
                let (ptr, meta) = self.ptr_meta(&v, t)?;
                let ty = match g0 {
                    Some(g) => g,
                    None => match self.program.tys.pointee(t) {
                        Some(p) => p,
                        None => return bug("drop_in_place of a non-pointer"),
                    },
                };
                self.goto_opt(target)?;
                return self.start_drop(PlaceVal {
                    ptr,
                    meta,
                    ty,
                    variant: None,
                    align: NO_CAP,
                });
            }
            I::DiscriminantValue => {
                let (v, t) = arg(0)?.clone();
                let (ptr, meta) = self.ptr_meta(&v, t)?;
                let ty = g0.or_else(|| self.program.tys.pointee(t)).unwrap_or(t);
                let p = PlaceVal {
                    ptr,
                    meta,
                    ty,
                    variant: None,
                    align: NO_CAP,
                };
                let variant = self.read_discriminant(&p)?;
                let d = self.discr_value(ty, variant)?;
                self.write_int(&dest, d as u128)?;
            }
            I::RawEq => {
                let t = ty_or_g0(0)?;
                let t = if g0.is_some() {
                    t
                } else {
                    self.program.tys.pointee(t).unwrap_or(t)
                };
                let i = self.info(t)?;
                let (a, b) = (sc(0)?.to_ptr(), sc(1)?.to_ptr());
                let x = self.mem.read_init_bytes(a, i.size)?;
                let y = self.mem.read_init_bytes(b, i.size)?;
                self.write_int(&dest, (x == y) as u128)?;
            }
            I::CompareBytes => {
                let (a, b, n) = (sc(0)?.to_ptr(), sc(1)?.to_ptr(), sc(2)?.bits as u64);
                let x = self.mem.read_init_bytes(a, n)?;
                let y = self.mem.read_init_bytes(b, n)?;
                let r: i32 = match x.cmp(&y) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                };
                self.write_int(&dest, r as u32 as u128)?;
            }
            I::Offset | I::ArithOffset => {
                let (p, pt) = (sc(0)?.to_ptr(), arg(0)?.1);
                let Some(pointee) = self.program.tys.pointee(pt) else {
                    return bug("offset of a non-pointer");
                };
                let elem = self.info(pointee)?.size;
                let nt = arg(1)?.1;
                let n = sc(1)?.bits;
                let n = match self.info(nt)?.skind {
                    SKind::Int { signed: true } => sext(n, 8) as i64,
                    _ => {
                        if n > i64::MAX as u128 {
                            return ub(
                                "overflowing pointer arithmetic: the total offset in bytes does not fit in an `isize`",
                            );
                        }
                        n as i64
                    }
                };
                let r = if *intr == I::Offset {
                    self.ptr_offset(p, n, elem)?
                } else {
                    p.wrapping_offset(n.wrapping_mul(elem as i64))
                };
                self.write_value(&dest, &Value::Scalar(Scalar::from_ptr(r)))?;
            }
            I::PtrOffsetFrom | I::PtrOffsetFromUnsigned => {
                let (a, b) = (sc(0)?.to_ptr(), sc(1)?.to_ptr());
                let pt = arg(0)?.1;
                let elem = match self.program.tys.pointee(pt) {
                    Some(p) => self.info(p)?.size,
                    None => 1,
                };
                let name = if *intr == I::PtrOffsetFrom {
                    "ptr_offset_from"
                } else {
                    "ptr_offset_from_unsigned"
                };
                if a.addr != b.addr {
                    let ra = self.mem.alloc_of_ptr(a).map(|x| x.0);
                    let rb = self.mem.alloc_of_ptr(b).map(|x| x.0);
                    if ra.is_none() || ra != rb {
                        return ub(format!(
                            "`{name}` called on two different pointers that are not both derived from the same allocation"
                        ));
                    }
                }
                let diff = a.addr.wrapping_sub(b.addr) as i64;
                if elem == 0 {
                    return ub(format!("`{name}` called on a zero-sized type"));
                }
                if diff % elem as i64 != 0 {
                    return ub(format!(
                        "exact_div: {diff} cannot be divided by {elem} without remainder"
                    ));
                }
                if *intr == I::PtrOffsetFromUnsigned && a.addr < b.addr {
                    return ub(format!(
                        "`ptr_offset_from_unsigned` called when first pointer has smaller offset than second: {} < {}",
                        a.addr, b.addr
                    ));
                }
                self.write_int(&dest, (diff / elem as i64) as u64 as u128)?;
            }
            I::PtrGuaranteedCmp => {
                let (a, b) = (sc(0)?, sc(1)?);
                self.write_int(&dest, (a.bits == b.bits) as u128)?;
            }
            I::PtrMask => {
                let (p, m) = (sc(0)?, sc(1)?);
                self.write_value(
                    &dest,
                    &Value::Scalar(Scalar {
                        bits: p.bits & m.bits,
                        prov: p.prov,
                    }),
                )?;
            }
            I::AddWithOverflow | I::SubWithOverflow | I::MulWithOverflow => {
                let (t, a, b) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits);
                let i = self.int_info(t)?;
                let signed = matches!(i.skind, SKind::Int { signed: true });
                let op = match intr {
                    I::AddWithOverflow => BinOp::Add,
                    I::SubWithOverflow => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                let (r, o) = int_binop(op, a, b, i.size, signed)?;
                self.write_pair_result(&dest, r, o)?;
            }
            I::WrappingAdd
            | I::WrappingSub
            | I::WrappingMul
            | I::UncheckedAdd
            | I::UncheckedSub
            | I::UncheckedMul => {
                let (t, a, b) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits);
                let i = self.int_info(t)?;
                let signed = matches!(i.skind, SKind::Int { signed: true });
                let (op, name) = match intr {
                    I::WrappingAdd | I::UncheckedAdd => (BinOp::Add, "unchecked_add"),
                    I::WrappingSub | I::UncheckedSub => (BinOp::Sub, "unchecked_sub"),
                    _ => (BinOp::Mul, "unchecked_mul"),
                };
                let (r, o) = int_binop(op, a, b, i.size, signed)?;
                if o && matches!(intr, I::UncheckedAdd | I::UncheckedSub | I::UncheckedMul) {
                    return ub(format!("arithmetic overflow in `{name}`"));
                }
                self.write_int(&dest, r)?;
            }
            I::SaturatingAdd | I::SaturatingSub => {
                let (t, a, b) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits);
                let i = self.int_info(t)?;
                let signed = matches!(i.skind, SKind::Int { signed: true });
                let add = *intr == I::SaturatingAdd;
                let (r, o) = int_binop(
                    if add { BinOp::Add } else { BinOp::Sub },
                    a,
                    b,
                    i.size,
                    signed,
                )?;
                let r = if !o {
                    r
                } else if signed {
                    let neg_b = sext(b, i.size) < 0;
                    let max = trunc(u128::MAX, i.size) >> 1;
                    // Overflow towards +∞ when adding a positive or subtracting a negative.
                    if add != neg_b { max } else { max + 1 }
                } else if add {
                    trunc(u128::MAX, i.size)
                } else {
                    0
                };
                self.write_int(&dest, r)?;
            }
            I::UncheckedDiv | I::UncheckedRem | I::ExactDiv => {
                let (t, a, b) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits);
                let i = self.int_info(t)?;
                let signed = matches!(i.skind, SKind::Int { signed: true });
                let op = if *intr == I::UncheckedRem {
                    BinOp::Rem
                } else {
                    BinOp::Div
                };
                let (r, _) = int_binop(op, a, b, i.size, signed)?;
                if *intr == I::ExactDiv {
                    let (rem, _) = int_binop(BinOp::Rem, a, b, i.size, signed)?;
                    if rem != 0 {
                        let show = |x: u128| {
                            if signed {
                                sext(x, i.size).to_string()
                            } else {
                                trunc(x, i.size).to_string()
                            }
                        };
                        return ub(format!(
                            "exact_div: {} cannot be divided by {} without remainder",
                            show(a),
                            show(b)
                        ));
                    }
                }
                self.write_int(&dest, r)?;
            }
            I::UncheckedShl | I::UncheckedShr => {
                let (t, a, b, bt) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits, arg(1)?.1);
                let i = self.int_info(t)?;
                let bi = self.int_info(bt)?;
                let bsigned = matches!(bi.skind, SKind::Int { signed: true });
                let name = if *intr == I::UncheckedShl {
                    "unchecked_shl"
                } else {
                    "unchecked_shr"
                };
                if !shift_amount_ok(b, i.size, bsigned, bi.size) {
                    let shown = if bsigned {
                        sext(b, bi.size).to_string()
                    } else {
                        trunc(b, bi.size).to_string()
                    };
                    return ub(format!("overflowing shift by {shown} in `{name}`"));
                }
                let signed = matches!(i.skind, SKind::Int { signed: true });
                let op = if *intr == I::UncheckedShl {
                    BinOp::Shl
                } else {
                    BinOp::Shr
                };
                let (r, _) = int_binop(op, a, trunc(b, bi.size), i.size, signed)?;
                self.write_int(&dest, r)?;
            }
            I::RotateLeft | I::RotateRight => {
                let (t, a, b) = (arg(0)?.1, sc(0)?.bits, sc(1)?.bits);
                let size = self.int_info(t)?.size;
                let bits = (size * 8) as u32;
                let s = (b % bits as u128) as u32;
                let s = if *intr == I::RotateLeft {
                    s
                } else {
                    (bits - s) % bits
                };
                let a = trunc(a, size);
                let r = if s == 0 {
                    a
                } else {
                    trunc((a << s) | (a >> (bits - s)), size)
                };
                self.write_int(&dest, r)?;
            }
            I::Ctpop | I::Ctlz | I::Cttz | I::Bswap | I::Bitreverse => {
                let (t, a) = (arg(0)?.1, sc(0)?.bits);
                let size = self.int_info(t)?.size;
                let bits = (size * 8) as u32;
                let a = trunc(a, size);
                let r = match intr {
                    I::Ctpop => a.count_ones() as u128,
                    I::Ctlz => (a.leading_zeros() - (128 - bits)) as u128,
                    I::Cttz => a.trailing_zeros().min(bits) as u128,
                    I::Bswap => a.swap_bytes() >> (128 - bits),
                    _ => a.reverse_bits() >> (128 - bits),
                };
                self.write_int(&dest, r)?;
            }
            I::ThreeWayCompare => {
                let (ta, a, b) = (arg(0)?.1, &arg(0)?.0.clone(), &arg(1)?.0.clone());
                let tb = arg(1)?.1;
                let (r, _) = self.binop(BinOp::Cmp, a, ta, b, tb)?;
                self.write_int(&dest, r)?;
            }
            I::FloatUnary(op) => {
                let t = ty_or_g0(0)?;
                let SKind::Float(f) = self.info(t)?.skind else {
                    return bug("float intrinsic on a non-float");
                };
                let x = float_value(sc(0)?.bits, f);
                let r = match op {
                    FloatUnaryOp::Sqrt => x.sqrt(),
                    FloatUnaryOp::Floor => x.floor(),
                    FloatUnaryOp::Ceil => x.ceil(),
                    FloatUnaryOp::Trunc => x.trunc(),
                    FloatUnaryOp::Round => x.round(),
                    FloatUnaryOp::RoundEven => x.round_ties_even(),
                    FloatUnaryOp::Abs => x.abs(),
                    FloatUnaryOp::Sin => x.sin(),
                    FloatUnaryOp::Cos => x.cos(),
                    FloatUnaryOp::Exp => x.exp(),
                    FloatUnaryOp::Exp2 => x.exp2(),
                    FloatUnaryOp::Ln => x.ln(),
                    FloatUnaryOp::Log10 => x.log10(),
                    FloatUnaryOp::Log2 => x.log2(),
                };
                let bits = if f == FloatTy::F32 && *op == FloatUnaryOp::Sqrt {
                    (f32::from_bits(sc(0)?.bits as u32).sqrt()).to_bits() as u128
                } else {
                    f_to_bits(r, f)
                };
                self.write_int(&dest, bits)?;
            }
            I::FloatBinary(op) => {
                let t = ty_or_g0(0)?;
                let SKind::Float(f) = self.info(t)?.skind else {
                    return bug("float intrinsic on a non-float");
                };
                let x = float_value(sc(0)?.bits, f);
                let r = match op {
                    FloatBinaryOp::Powi => x.powi(sc(1)?.bits as u32 as i32),
                    FloatBinaryOp::Powf => x.powf(float_value(sc(1)?.bits, f)),
                    FloatBinaryOp::Copysign => x.copysign(float_value(sc(1)?.bits, f)),
                    FloatBinaryOp::Minnum => x.min(float_value(sc(1)?.bits, f)),
                    FloatBinaryOp::Maxnum => x.max(float_value(sc(1)?.bits, f)),
                    FloatBinaryOp::Fma => {
                        x.mul_add(float_value(sc(1)?.bits, f), float_value(sc(2)?.bits, f))
                    }
                };
                self.write_int(&dest, f_to_bits(r, f))?;
            }
            I::FloatToIntUnchecked => {
                let t = arg(0)?.1;
                let SKind::Float(f) = self.info(t)?.skind else {
                    return bug("float_to_int_unchecked on a non-float");
                };
                let di = self.info(dest.ty)?;
                let signed = matches!(di.skind, SKind::Int { signed: true });
                let x = float_value(sc(0)?.bits, f);
                let r = arith::float_to_int(sc(0)?.bits, f, di.size, signed);
                let back = if signed {
                    sext(r, di.size) as f64
                } else {
                    r as f64
                };
                if x.is_nan() || x.trunc() != back {
                    return ub(format!(
                        "`float_to_int_unchecked` intrinsic called on {x} which cannot be represented in target type `{}`",
                        self.ty(dest.ty)?.name
                    ));
                }
                self.write_int(&dest, r)?;
            }
            I::Abort => return Err(Box::new(Stop::Abort)),
            I::Unreachable => return ub("entering unreachable code"),
            I::Likely | I::Unlikely | I::BlackBox => {
                let v = arg(0)?.0.clone();
                self.write_value(&dest, &v)?;
            }
            I::CallerLocation => {
                let Some(loc_ty) = self.program.tys.pointee(dest.ty) else {
                    return bug("caller_location into a non-reference");
                };
                let p = self.caller_location(loc_ty)?;
                self.write_value(&dest, &Value::Scalar(Scalar::from_ptr(p)))?;
            }
            I::ConstEvalSelect => {
                let (tuple, tty) = arg(0)?.clone();
                let rt = arg(2)?.1;
                let TyKind::FnDef(inst) = self.ty(rt)?.kind else {
                    return unsupported(
                        "const_eval_select with a runtime function that is not a fn item",
                    );
                };
                let vals = self.unpack_tuple(tty, &tuple)?;
                return self.call_instance(inst, vals, RetDest::Place(dest), target);
            }
            I::CallOverloaded => {
                let (cv, cty) = arg(0)?.clone();
                let (tv, tty) = arg(1)?.clone();
                return self.call_overloaded(cv, cty, tv, tty, dest, target);
            }
            I::Alloc | I::AllocZeroed => {
                let (size, align) = (sc(0)?.bits as u64, sc(1)?.bits as u64);
                if !align.is_power_of_two() {
                    return ub(format!(
                        "creating allocation with non-power-of-two alignment {align}"
                    ));
                }
                let span = self.user_span();
                let p = self.mem.allocate(size, align, AllocKind::Heap, span)?;
                if *intr == I::AllocZeroed {
                    self.mem.fill(p, size, 1, 0)?;
                }
                self.write_value(&dest, &Value::Scalar(Scalar::from_ptr(p)))?;
            }
            I::Dealloc => {
                let (p, size, align) = (sc(0)?.to_ptr(), sc(1)?.bits as u64, sc(2)?.bits as u64);
                self.mem.deallocate(p, size, align, AllocKind::Heap)?;
            }
            I::Realloc => {
                let (p, old, align, new) = (
                    sc(0)?.to_ptr(),
                    sc(1)?.bits as u64,
                    sc(2)?.bits as u64,
                    sc(3)?.bits as u64,
                );
                let keep = old.min(new);
                let bytes = self.mem.read_bytes(p, keep, 1)?;
                let span = match self.mem.alloc_of_ptr(p) {
                    Some((_, a)) => a.span,
                    None => self.user_span(),
                };
                self.mem.deallocate(p, old, align, AllocKind::Heap)?;
                let np = self.mem.allocate(new, align, AllocKind::Heap, span)?;
                self.mem.write_bytes(np, 1, &bytes)?;
                self.write_value(&dest, &Value::Scalar(Scalar::from_ptr(np)))?;
            }
            I::Write => {
                let (fd, p, len) = (
                    sc(0)?.bits as u32 as i32,
                    sc(1)?.to_ptr(),
                    sc(2)?.bits as u64,
                );
                let bytes = self.mem.read_init_bytes(p, len)?;
                match fd {
                    1 => self.io.stdout(&bytes),
                    2 => self.io.stderr(&bytes),
                    _ => return unsupported(format!("writing to file descriptor {fd}")),
                }
            }
            I::Panic => {
                let (p, len) = (sc(0)?.to_ptr(), sc(1)?.bits as u64);
                let msg = String::from_utf8_lossy(&self.mem.read_init_bytes(p, len)?).into_owned();
                let (lv, lt) = arg(2)?.clone();
                let location = self.read_location(&lv, lt).ok();
                return Err(Box::new(Stop::Panic { msg, location }));
            }
            I::Exit => return Err(Box::new(Stop::Exit(sc(0)?.bits as u32 as i32))),
            I::ArgsCount => {
                let n = self.config.args.len();
                self.write_int(&dest, n as u128)?;
            }
            I::ArgLen => {
                let i = sc(0)?.bits as usize;
                let Some(a) = self.config.args.get(i) else {
                    return ub(format!("argument index {i} out of range"));
                };
                let n = a.len();
                self.write_int(&dest, n as u128)?;
            }
            I::ArgCopy => {
                let (i, p) = (sc(0)?.bits as usize, sc(1)?.to_ptr());
                let Some(a) = self.config.args.get(i) else {
                    return ub(format!("argument index {i} out of range"));
                };
                let data = a.as_bytes().to_vec();
                let n = data.len() as u64;
                self.mem.write_bytes(
                    p,
                    1,
                    &Bytes {
                        data,
                        init: InitMask::new(n, true),
                        prov: Vec::new(),
                    },
                )?;
            }
            I::MiriPrintBorrowState | I::MiriPointerName => {}
            I::MiriGetAllocId => {
                let p = sc(0)?.to_ptr();
                let id = match p.prov {
                    Some(Provenance::Concrete { alloc, .. }) => alloc.0,
                    _ => match self.mem.alloc_of_ptr(p) {
                        Some((id, _)) => id.0,
                        None => {
                            return ub(format!(
                                "failed to get alloc id for {}",
                                self.mem.fmt_ptr(p)
                            ));
                        }
                    },
                };
                self.write_int(&dest, id as u128)?;
            }
            I::Unsupported(name) => {
                return unsupported(format!(
                    "the function `{name}` is not supported by borrowscope"
                ));
            }
        }
        self.goto_opt(target)
    }

    fn call_overloaded(
        &mut self,
        cv: Value,
        cty: TyId,
        tv: Value,
        tty: TyId,
        dest: PlaceVal,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        // Peel references to find the callable.
        let mut ty = cty;
        let mut val = cv.clone();
        let mut refs = 0;
        while let TyKind::Ref(p, _) = self.ty(ty)?.kind {
            if let TyKind::Closure(..) = self.ty(p)?.kind {
                break;
            }
            let (ptr, meta) = self.ptr_meta(&val, ty)?;
            val = self.read_value(
                &PlaceVal {
                    ptr,
                    meta,
                    ty: p,
                    variant: None,
                    align: NO_CAP,
                },
                true,
            )?;
            ty = p;
            refs += 1;
        }
        let _ = refs;
        let kind = self.ty(ty)?.kind.clone();
        let closure_of = |k: &TyKind| match k {
            TyKind::Closure(i, _) => Some(*i),
            _ => None,
        };
        match &kind {
            TyKind::FnDef(inst) => {
                let vals = self.unpack_tuple(tty, &tv)?;
                self.call_instance(*inst, vals, RetDest::Place(dest), target)
            }
            TyKind::FnPtr(_) => {
                let Some(s) = val.scalar() else {
                    return bug("fn pointer value is not a scalar");
                };
                let (inst, shim) = self.fn_of_ptr(s.to_ptr())?;
                let vals = self.unpack_tuple(tty, &tv)?;
                if shim {
                    let info = self.body_info(inst)?;
                    let _ = info;
                    let t = self.body_info(inst)?.body.locals.get(2).map(|l| l.ty);
                    let Some(t) = t else {
                        return bug("closure body without argument tuple");
                    };
                    let tuple = self.pack_tuple(t, &vals)?;
                    return self.call_instance(
                        inst,
                        vec![Value::Zst, tuple],
                        RetDest::Place(dest),
                        target,
                    );
                }
                self.call_instance(inst, vals, RetDest::Place(dest), target)
            }
            TyKind::Ref(p, _) if closure_of(&self.ty(*p)?.kind).is_some() => {
                let Some(inst) = closure_of(&self.ty(*p)?.kind) else {
                    return bug("closure");
                };
                let p = *p;
                let l1 = self.closure_self_ty(inst)?;
                let arg = if l1 == ty {
                    val
                } else if l1 == p {
                    let (ptr, meta) = self.ptr_meta(&val, ty)?;
                    self.read_value(
                        &PlaceVal {
                            ptr,
                            meta,
                            ty: p,
                            variant: None,
                            align: NO_CAP,
                        },
                        true,
                    )?
                } else {
                    val
                };
                self.call_instance(inst, vec![arg, tv], RetDest::Place(dest), target)
            }
            TyKind::Closure(inst, _) => {
                let inst = *inst;
                let l1 = self.closure_self_ty(inst)?;
                let arg = if l1 == ty {
                    val
                } else if self.program.tys.pointee(l1) == Some(ty) {
                    // The body takes `&self`/`&mut self` but we hold the closure by value: keep it in
                    // a temporary that lives until the program ends.
                    let i = self.info(ty)?;
                    let tmp = self
                        .mem
                        .allocate(i.size, i.align, AllocKind::Stack, Span::DUMMY)?;
                    self.write_value(
                        &PlaceVal {
                            ptr: tmp,
                            meta: Meta::None,
                            ty,
                            variant: None,
                            align: NO_CAP,
                        },
                        &val,
                    )?;
                    Value::Scalar(Scalar::from_ptr(tmp))
                } else {
                    val
                };
                self.call_instance(inst, vec![arg, tv], RetDest::Place(dest), target)
            }
            _ => unsupported(format!("calling a value of type `{}`", self.ty(cty)?.name)),
        }
    }

    fn closure_self_ty(&mut self, inst: InstanceId) -> InterpResult<TyId> {
        let info = self.body_info(inst)?;
        match info.body.locals.get(1) {
            Some(l) => Ok(l.ty),
            None => bug("closure body without self parameter"),
        }
    }

    /// The current span, or for `#[track_caller]` functions the call site outside the chain of
    /// `#[track_caller]` frames (what `Location::caller()` and rustc's panics report).
    pub fn caller_span(&self) -> Span {
        let mut span = self.cur_span;
        for f in self.stack.iter().rev() {
            match f {
                Frame::Body(b) if b.info.body.track_caller => span = b.call_span,
                _ => break,
            }
        }
        span
    }

    /// The span of the innermost frame that is in the user's code (for allocation sites).
    pub fn user_span(&self) -> Span {
        let mut span = self.cur_span;
        for f in self.stack.iter().rev() {
            let is_lib = self
                .program
                .sources
                .file(span.file)
                .is_none_or(|f| f.is_library);
            if !is_lib {
                return span;
            }
            span = f.call_span();
        }
        self.cur_span
    }

    /// A read-only static holding the bytes of `s`.
    pub fn static_str(&mut self, s: &str) -> InterpResult<Pointer> {
        if let Some(p) = self.str_cache.get(s) {
            return Ok(*p);
        }
        let n = s.len() as u64;
        let p = self.mem.allocate(n, 1, AllocKind::Static, Span::DUMMY)?;
        self.mem.write_bytes(
            p,
            1,
            &Bytes {
                data: s.as_bytes().to_vec(),
                init: InitMask::new(n, true),
                prov: Vec::new(),
            },
        )?;
        if let Some(a) = super::place::alloc_id(p).and_then(|id| self.mem.get_mut(id)) {
            a.mutable = false;
        }
        self.str_cache.insert(s.to_string(), p);
        Ok(p)
    }

    /// `Location::caller()`: the call site outside the `#[track_caller]` chain, as a static Location.
    fn caller_location(&mut self, loc_ty: TyId) -> InterpResult<Pointer> {
        let span = self.caller_span();
        if let Some(p) = self.locations.get(&span) {
            return Ok(*p);
        }
        let (file, line, col) = match self.program.sources.describe(span) {
            Some((f, lc)) => (f, lc.line, lc.col),
            None => ("<unknown>".to_string(), 0, 0),
        };
        let fp = self.static_str(&file)?;
        let i = self.info(loc_ty)?;
        let p = self
            .mem
            .allocate(i.size, i.align, AllocKind::Static, Span::DUMMY)?;
        let d = self.ty(loc_ty)?;
        let names = d
            .variants
            .first()
            .map(|v| (v.field_names.clone(), v.field_tys.clone()))
            .unwrap_or_default();
        for (idx, (name, fty)) in names.0.iter().zip(names.1.iter()).enumerate() {
            let Some(off) = field_offset(&self.ty(loc_ty)?.layout, None, idx as u32) else {
                continue;
            };
            let fpv = PlaceVal {
                ptr: p.offset_u(off),
                meta: Meta::None,
                ty: *fty,
                variant: None,
                align: NO_CAP,
            };
            match name.as_str() {
                "file" | "filename" if self.info(*fty)?.repr == Repr::Pair => {
                    self.write_value(
                        &fpv,
                        &Value::Pair(Scalar::from_ptr(fp), Scalar::int(file.len() as u128)),
                    )?;
                }
                "line" => self.write_int(&fpv, u128::from(line))?,
                "col" | "column" => self.write_int(&fpv, u128::from(col))?,
                _ => {}
            }
        }
        if let Some(a) = super::place::alloc_id(p).and_then(|id| self.mem.get_mut(id)) {
            a.mutable = false;
        }
        self.locations.insert(span, p);
        Ok(p)
    }

    /// Reads a `&Location` value as `FILE:LINE:COL`.
    fn read_location(&mut self, v: &Value, ty: TyId) -> InterpResult<String> {
        let Some(s) = v.scalar() else {
            return bug("location is not a thin reference");
        };
        let Some(lt) = self.program.tys.pointee(ty) else {
            return bug("location is not a reference");
        };
        let d = self.ty(lt)?;
        let (names, tys) = d
            .variants
            .first()
            .map(|v| (v.field_names.clone(), v.field_tys.clone()))
            .unwrap_or_default();
        let (mut file, mut line, mut col) = (String::new(), 0u128, 0u128);
        for (idx, (name, fty)) in names.iter().zip(tys.iter()).enumerate() {
            let Some(off) = field_offset(&self.ty(lt)?.layout, None, idx as u32) else {
                continue;
            };
            let at = s.to_ptr().offset_u(off);
            match name.as_str() {
                "file" | "filename" => {
                    let Some((bits, prov)) = self.mem.read_scalar(at, PTR_SIZE, 1)? else {
                        continue;
                    };
                    let Some((len, _)) =
                        self.mem.read_scalar(at.offset_u(PTR_SIZE), PTR_SIZE, 1)?
                    else {
                        continue;
                    };
                    let bytes = self.mem.read_init_bytes(
                        Pointer {
                            addr: bits as u64,
                            prov,
                        },
                        len as u64,
                    )?;
                    file = String::from_utf8_lossy(&bytes).into_owned();
                }
                "line" | "col" | "column" => {
                    let size = self.info(*fty)?.size;
                    let Some((bits, _)) = self.mem.read_scalar(at, size, 1)? else {
                        continue;
                    };
                    if name == "line" {
                        line = bits;
                    } else {
                        col = bits;
                    }
                }
                _ => {}
            }
        }
        Ok(format!("{file}:{line}:{col}"))
    }
}
