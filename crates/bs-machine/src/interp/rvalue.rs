//! Rvalues: binary/unary operations, casts (including unsizing and transmutes), aggregates,
//! references, and enum discriminants.

use bs_ir::{
    AggregateKind, BinOp, CastKind, NullOp, Operand, Rvalue, TagEncoding, TyId, TyKind, UnOp,
    Variants, VtableId,
};

use super::Machine;
use super::arith::{self, float_binop, float_neg, float_to_int, int_binop, int_to_float, int_unop};
use super::place::{Meta, NO_CAP, PlaceVal, field_offset, field_tys};
use super::value::{Repr, SKind, Scalar, Value, sext, trunc};
use crate::error::{InterpResult, bug, ub, unsupported};
use crate::memory::{AllocKind, PTR_SIZE, Pointer, Provenance};

impl Machine<'_> {
    pub fn ptr_value(p: &PlaceVal) -> Value {
        match p.meta {
            Meta::None => Value::Scalar(Scalar::from_ptr(p.ptr)),
            m => Value::Pair(Scalar::from_ptr(p.ptr), m.to_scalar()),
        }
    }

    fn write_usize(&mut self, dest: &PlaceVal, v: u64) -> InterpResult<()> {
        self.write_value(dest, &Value::Scalar(Scalar::int(v as u128)))
    }

    pub fn eval_rvalue_into(&mut self, rv: &Rvalue, dest: &PlaceVal) -> InterpResult<()> {
        match rv {
            Rvalue::Use(op) => {
                let v = self.eval_operand(op)?;
                self.write_value(dest, &v)
            }
            Rvalue::CopyForDeref(place) => {
                let p = self.eval_place(place)?;
                let v = self.read_value(&p, true)?;
                self.write_value(dest, &v)
            }
            Rvalue::Repeat(op, n) => {
                let v = self.eval_operand(op)?;
                let (elem, _, stride) = self.seq_info(dest)?;
                self.write_repeat(dest, elem, stride, &v, *n)
            }
            Rvalue::Ref(kind, place) => {
                let p = self.eval_place(place)?;
                let v = Self::ptr_value(&p);
                self.write_value(dest, &v)?;
                // Miri validates every assignment: a new reference must be dereferenceable.
                if *kind != bs_ir::BorrowKind::Fake {
                    self.validate_place(dest, &mut String::new())?;
                }
                Ok(())
            }
            Rvalue::RawPtr(_, place) => {
                let p = self.eval_place(place)?;
                let v = Self::ptr_value(&p);
                self.write_value(dest, &v)
            }
            Rvalue::Len(place) => {
                let p = self.eval_place(place)?;
                let (_, len, _) = self.seq_info(&p)?;
                self.write_usize(dest, len)
            }
            Rvalue::Cast(kind, op, ty) => self.eval_cast(*kind, op, *ty, None, dest),
            Rvalue::CastToDyn(op, ty, vt) => {
                self.eval_cast(CastKind::Unsize, op, *ty, Some(*vt), dest)
            }
            Rvalue::BinaryOp(op, a, b) => self.eval_binop(*op, a, b, dest),
            Rvalue::UnaryOp(op, a) => {
                let (v, ty) = self.eval_operand_raw(a)?;
                let r = self.unop(*op, &v, ty)?;
                self.write_value(dest, &r)
            }
            Rvalue::Discriminant(place) => {
                let p = self.eval_place(place)?;
                let v = self.read_discriminant(&p)?;
                let d = self.discr_value(p.ty, v)?;
                let size = self.info(dest.ty)?.size;
                self.write_value(dest, &Value::Scalar(Scalar::int(trunc(d as u128, size))))
            }
            Rvalue::Aggregate(kind, ops) => self.eval_aggregate(kind, ops, dest),
            Rvalue::NullaryOp(op, ty) => {
                let i = self.info(*ty)?;
                self.write_usize(
                    dest,
                    if *op == NullOp::SizeOf {
                        i.size
                    } else {
                        i.align
                    },
                )
            }
        }
    }

    /// `[v; n]`: writes the first element, then doubles the filled prefix by copying.
    fn write_repeat(
        &mut self,
        dest: &PlaceVal,
        elem: TyId,
        stride: u64,
        v: &Value,
        n: u64,
    ) -> InterpResult<()> {
        if n == 0 {
            return Ok(());
        }
        let first = PlaceVal {
            ptr: dest.ptr,
            meta: Meta::None,
            ty: elem,
            variant: None,
            align: NO_CAP,
        };
        self.write_value(&first, v)?;
        if stride == 0 {
            return Ok(());
        }
        let mut done = 1;
        while done < n {
            let k = done.min(n - done);
            self.mem.copy(
                dest.ptr,
                dest.ptr.offset_u(done * stride),
                k * stride,
                1,
                true,
            )?;
            done += k;
        }
        Ok(())
    }

    /// The discriminant value of variant `v` of `ty` (0 for non-enums).
    pub fn discr_value(&self, ty: TyId, v: u32) -> InterpResult<i128> {
        let d = self.ty(ty)?;
        Ok(d.variants.get(v as usize).map_or(0, |vd| vd.discr))
    }

    fn eval_aggregate(
        &mut self,
        kind: &AggregateKind,
        ops: &[Operand],
        dest: &PlaceVal,
    ) -> InterpResult<()> {
        let mut vals = Vec::with_capacity(ops.len());
        for op in ops {
            vals.push(self.eval_operand(op)?);
        }
        match kind {
            AggregateKind::Tuple | AggregateKind::Closure(_) => {
                self.write_fields(dest, None, &vals)
            }
            AggregateKind::Array(_) => {
                let (elem, _, stride) = self.seq_info(dest)?;
                for (i, v) in vals.iter().enumerate() {
                    let p = PlaceVal {
                        ptr: dest.ptr.offset_u(i as u64 * stride),
                        meta: Meta::None,
                        ty: elem,
                        variant: None,
                        align: dest.align,
                    };
                    self.write_value(&p, v)?;
                }
                Ok(())
            }
            AggregateKind::Adt {
                variant,
                active_field,
                ..
            } => {
                let d = self.ty(dest.ty)?;
                let is_union =
                    d.flags.is_union || matches!(d.layout.fields, bs_ir::FieldsShape::Union { .. });
                if is_union {
                    let f = active_field.unwrap_or(0);
                    let Some(fty) = field_tys(d, None).get(f as usize).copied() else {
                        return bug("union field out of range");
                    };
                    let Some(v) = vals.first() else {
                        return bug("union aggregate without operand");
                    };
                    let p = PlaceVal {
                        ptr: dest.ptr,
                        meta: Meta::None,
                        ty: fty,
                        variant: None,
                        align: dest.align.min(self.ty(dest.ty)?.layout.align.max(1)),
                    };
                    return self.write_value(&p, v);
                }
                let multi = matches!(d.layout.variants, Variants::Multiple { .. });
                self.write_fields(dest, Some(*variant), &vals)?;
                if multi {
                    self.write_discriminant(dest, *variant)?;
                }
                Ok(())
            }
            AggregateKind::RawPtr(_) => {
                let Some(data) = vals.first().and_then(|v| v.scalar()) else {
                    return bug("RawPtr aggregate without data pointer");
                };
                match self.info(dest.ty)?.repr {
                    Repr::Pair => {
                        let meta = match vals.get(1) {
                            Some(Value::Scalar(s)) => *s,
                            _ => return bug("RawPtr aggregate without metadata"),
                        };
                        self.write_value(dest, &Value::Pair(data, meta))
                    }
                    _ => self.write_value(dest, &Value::Scalar(data)),
                }
            }
        }
    }

    fn write_fields(
        &mut self,
        dest: &PlaceVal,
        variant: Option<u32>,
        vals: &[Value],
    ) -> InterpResult<()> {
        let d = self.ty(dest.ty)?;
        let tys = field_tys(d, variant);
        let mut offs = Vec::with_capacity(vals.len());
        for i in 0..vals.len() {
            let Some(o) = field_offset(&d.layout, variant, i as u32) else {
                return bug(format!("aggregate field {i} of `{}` has no offset", d.name));
            };
            offs.push(o);
        }
        if tys.len() < vals.len() {
            return bug(format!("aggregate of `{}` with too many fields", d.name));
        }
        let cap = dest.align.min(d.layout.align.max(1));
        for (i, v) in vals.iter().enumerate() {
            let p = PlaceVal {
                ptr: dest.ptr.offset_u(offs[i]),
                meta: Meta::None,
                ty: tys[i],
                variant: None,
                align: cap,
            };
            self.write_value(&p, v)?;
        }
        Ok(())
    }

    /// Which variant the enum at `p` holds (Miri's `read_discriminant`).
    pub fn read_discriminant(&mut self, p: &PlaceVal) -> InterpResult<u32> {
        let d = self.ty(p.ty)?;
        let (tag, encoding, tag_offset, n) = match &d.layout.variants {
            Variants::Single { index } => return Ok(*index),
            Variants::Multiple {
                tag,
                encoding,
                tag_offset,
                variants,
            } => (*tag, encoding.clone(), *tag_offset, variants.len()),
        };
        let Some((bits, prov)) =
            self.mem
                .read_scalar(p.ptr.offset_u(tag_offset), tag.size as u64, 1)?
        else {
            return ub("using uninitialized data, but this operation requires initialized memory");
        };
        match encoding {
            TagEncoding::Direct => {
                let d = self.ty(p.ty)?;
                for (i, v) in d.variants.iter().enumerate() {
                    if trunc(v.discr as u128, tag.size as u64) == bits {
                        return Ok(i as u32);
                    }
                }
                ub(format!(
                    "enum value has invalid tag: 0x{:0w$x}",
                    bits,
                    w = tag.size as usize * 2
                ))
            }
            TagEncoding::Niche {
                untagged,
                niche_variants: (start, end),
                niche_start,
            } => {
                if prov.is_some() {
                    return Ok(untagged);
                }
                let rel = trunc(bits.wrapping_sub(niche_start), tag.size as u64);
                if rel <= u128::from(end.saturating_sub(start)) {
                    let v = start + rel as u32;
                    if (v as usize) < n {
                        return Ok(v);
                    }
                }
                Ok(untagged)
            }
        }
    }

    pub fn write_discriminant(&mut self, p: &PlaceVal, v: u32) -> InterpResult<()> {
        let d = self.ty(p.ty)?;
        let Variants::Multiple {
            tag,
            encoding,
            tag_offset,
            ..
        } = &d.layout.variants
        else {
            return Ok(());
        };
        let (tag, tag_offset) = (*tag, *tag_offset);
        let bits = match encoding {
            TagEncoding::Direct => match d.variants.get(v as usize) {
                Some(vd) => trunc(vd.discr as u128, tag.size as u64),
                None => return bug("SetDiscriminant to a missing variant"),
            },
            TagEncoding::Niche {
                untagged,
                niche_variants: (start, _),
                niche_start,
            } => {
                if v == *untagged {
                    return Ok(());
                }
                trunc(
                    u128::from(v.wrapping_sub(*start)).wrapping_add(*niche_start),
                    tag.size as u64,
                )
            }
        };
        self.mem
            .write_scalar(p.ptr.offset_u(tag_offset), tag.size as u64, 1, bits, None)
    }

    fn eval_binop(
        &mut self,
        op: BinOp,
        a: &Operand,
        b: &Operand,
        dest: &PlaceVal,
    ) -> InterpResult<()> {
        let (va, ta) = self.eval_operand_raw(a)?;
        let (vb, tb) = self.eval_operand_raw(b)?;
        if op == BinOp::Offset {
            let Some(p) = va.scalar() else {
                return bug("Offset on a non-pointer");
            };
            let Some(n) = vb.scalar() else {
                return bug("Offset by a non-integer");
            };
            let Some(pointee) = self.program.tys.pointee(ta) else {
                return bug("Offset on a non-pointer type");
            };
            let elem = self.info(pointee)?.size;
            let r = self.ptr_offset(p.to_ptr(), sext(n.bits, 8) as i64, elem)?;
            return self.write_value(dest, &Value::Scalar(Scalar::from_ptr(r)));
        }
        let r = self.binop(op, &va, ta, &vb, tb)?;
        match op {
            BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                let (res, over) = r;
                self.write_pair_result(dest, res, over)
            }
            _ => self.write_value(dest, &Value::Scalar(Scalar::int(r.0))),
        }
    }

    /// Writes `(result, overflowed)` into a `(T, bool)` place.
    pub fn write_pair_result(
        &mut self,
        dest: &PlaceVal,
        res: u128,
        over: bool,
    ) -> InterpResult<()> {
        let d = self.ty(dest.ty)?;
        let tys = field_tys(d, None);
        let (Some(o0), Some(o1), Some(t0)) = (
            field_offset(&d.layout, None, 0),
            field_offset(&d.layout, None, 1),
            tys.first().copied(),
        ) else {
            return bug("overflow-checked operation into a non-pair");
        };
        let i0 = self.info(t0)?;
        self.mem
            .write_scalar(dest.ptr.offset_u(o0), i0.size, i0.align, res, None)?;
        self.mem
            .write_scalar(dest.ptr.offset_u(o1), 1, 1, over as u128, None)
    }

    /// `ptr.offset(n)` for elements of `elem` bytes, with the in-bounds check.
    pub fn ptr_offset(&mut self, p: Pointer, n: i64, elem: u64) -> InterpResult<Pointer> {
        let Some(bytes) = (elem as i64)
            .checked_mul(n)
            .filter(|_| elem <= i64::MAX as u64)
        else {
            return ub(
                "overflowing pointer arithmetic: the total offset in bytes does not fit in an `isize`",
            );
        };
        self.mem.check_inbounds_offset(p, bytes)?;
        Ok(p.wrapping_offset(bytes))
    }

    /// A binary operation on scalar values; returns the result bits and the overflow flag.
    pub fn binop(
        &mut self,
        op: BinOp,
        va: &Value,
        ta: TyId,
        vb: &Value,
        tb: TyId,
    ) -> InterpResult<(u128, bool)> {
        let ia = self.info(ta)?;
        match (va, vb) {
            (Value::Scalar(x), Value::Scalar(y)) => match ia.skind {
                SKind::Int { signed } => {
                    let size = ia.size;
                    if !(1..=16).contains(&size) {
                        return bug("integer of invalid size");
                    }
                    if matches!(op, BinOp::Shl | BinOp::Shr) {
                        // The shift amount has its own type: normalise it to an unsigned amount.
                        let ib = self.info(tb)?;
                        let amt = match ib.skind {
                            SKind::Int { signed: true } => sext(y.bits, ib.size) as u128,
                            _ => trunc(y.bits, ib.size),
                        };
                        return int_binop(op, x.bits, amt, size, signed);
                    }
                    int_binop(op, x.bits, y.bits, size, signed)
                }
                SKind::Bool | SKind::Char => int_binop(op, x.bits, y.bits, ia.size, false),
                SKind::Float(f) => Ok((float_binop(op, x.bits, y.bits, f)?, false)),
                SKind::RawPtr | SKind::Ref | SKind::FnPtr => {
                    Ok((self.ptr_cmp(op, (x.bits, 0), (y.bits, 0))?, false))
                }
                SKind::Other => unsupported(format!(
                    "binary operation {op:?} on `{}`",
                    self.ty(ta)?.name
                )),
            },
            (Value::Pair(x0, x1), Value::Pair(y0, y1)) => Ok((
                self.ptr_cmp(op, (x0.bits, x1.bits), (y0.bits, y1.bits))?,
                false,
            )),
            _ => unsupported(format!(
                "binary operation {op:?} on `{}`",
                self.ty(ta)?.name
            )),
        }
    }

    fn ptr_cmp(&self, op: BinOp, a: (u128, u128), b: (u128, u128)) -> InterpResult<u128> {
        Ok(match op {
            BinOp::Eq => (a == b) as u128,
            BinOp::Ne => (a != b) as u128,
            BinOp::Lt => (a < b) as u128,
            BinOp::Le => (a <= b) as u128,
            BinOp::Gt => (a > b) as u128,
            BinOp::Ge => (a >= b) as u128,
            BinOp::Cmp => trunc(a.cmp(&b) as i8 as u128, 1),
            _ => {
                return unsupported(format!(
                    "pointer arithmetic {op:?} (use `offset`/`add` instead)"
                ));
            }
        })
    }

    pub fn unop(&mut self, op: UnOp, v: &Value, ty: TyId) -> InterpResult<Value> {
        let i = self.info(ty)?;
        match (op, v) {
            (UnOp::PtrMetadata, Value::Pair(_, m)) => Ok(Value::Scalar(*m)),
            (UnOp::PtrMetadata, _) => Ok(Value::Zst),
            (_, Value::Scalar(s)) => {
                let r = match i.skind {
                    SKind::Bool if op == UnOp::Not => s.bits ^ 1,
                    SKind::Int { signed } if (1..=16).contains(&i.size) => {
                        int_unop(op, s.bits, i.size, signed)?
                    }
                    SKind::Float(f) if op == UnOp::Neg => float_neg(s.bits, f),
                    _ => {
                        return unsupported(format!(
                            "unary operation {op:?} on `{}`",
                            self.ty(ty)?.name
                        ));
                    }
                };
                Ok(Value::Scalar(Scalar::int(r)))
            }
            _ => unsupported(format!("unary operation {op:?} on `{}`", self.ty(ty)?.name)),
        }
    }

    fn eval_cast(
        &mut self,
        kind: CastKind,
        op: &Operand,
        target: TyId,
        vt: Option<VtableId>,
        dest: &PlaceVal,
    ) -> InterpResult<()> {
        let (v, src) = self.eval_operand_raw(op)?;
        let si = self.info(src)?;
        let ti = self.info(target)?;
        let scalar = |v: &Value| -> InterpResult<Scalar> {
            match v {
                Value::Scalar(s) => Ok(*s),
                Value::Pair(s, _) => Ok(*s),
                _ => bug(format!("{kind:?} cast of a non-scalar")),
            }
        };
        let r = match kind {
            CastKind::IntToInt => {
                let s = scalar(&v)?;
                let bits = match si.skind {
                    SKind::Int { signed: true } => sext(s.bits, si.size) as u128,
                    _ => trunc(s.bits, si.size),
                };
                Value::Scalar(Scalar::int(trunc(bits, ti.size)))
            }
            CastKind::IntToFloat => {
                let s = scalar(&v)?;
                let SKind::Float(f) = ti.skind else {
                    return bug("IntToFloat to a non-float");
                };
                let signed = matches!(si.skind, SKind::Int { signed: true });
                Value::Scalar(Scalar::int(int_to_float(s.bits, si.size, signed, f)))
            }
            CastKind::FloatToInt => {
                let s = scalar(&v)?;
                let SKind::Float(f) = si.skind else {
                    return bug("FloatToInt from a non-float");
                };
                let signed = matches!(ti.skind, SKind::Int { signed: true });
                Value::Scalar(Scalar::int(float_to_int(s.bits, f, ti.size, signed)))
            }
            CastKind::FloatToFloat => {
                let s = scalar(&v)?;
                let (SKind::Float(f), SKind::Float(g)) = (si.skind, ti.skind) else {
                    return bug("FloatToFloat on non-floats");
                };
                let x = arith::float_value(s.bits, f);
                Value::Scalar(Scalar::int(arith::f_to_bits(x, g)))
            }
            CastKind::PtrToPtr => match (&v, ti.repr) {
                (Value::Pair(a, _), Repr::Scalar) => Value::Scalar(*a),
                (Value::Pair(..), Repr::Pair) | (Value::Scalar(_), Repr::Scalar) => v.clone(),
                _ => {
                    return bug(format!(
                        "PtrToPtr from `{}` to `{}`",
                        self.ty(src)?.name,
                        self.ty(target)?.name
                    ));
                }
            },
            CastKind::PointerExposeAddress => {
                let s = scalar(&v)?;
                self.mem.expose(s.to_ptr());
                Value::Scalar(Scalar::int(trunc(s.bits, ti.size)))
            }
            CastKind::PointerWithExposedProvenance => {
                let s = scalar(&v)?;
                let prov = if self.mem.strict {
                    None
                } else {
                    Some(Provenance::Wildcard)
                };
                Value::Scalar(Scalar {
                    bits: trunc(s.bits, 8),
                    prov,
                })
            }
            CastKind::ReifyFnPointer | CastKind::ClosureFnPointer => {
                let (inst, shim) = match &self.ty(src)?.kind {
                    TyKind::FnDef(i) => (*i, false),
                    TyKind::Closure(i, _) => (*i, true),
                    TyKind::FnPtr(_) => return self.write_value(dest, &v),
                    _ => return bug(format!("{kind:?} of `{}`", self.ty(src)?.name)),
                };
                Value::Scalar(Scalar::from_ptr(self.fn_ptr(inst, shim)?))
            }
            CastKind::Transmute => {
                if si.size != ti.size {
                    return ub(format!(
                        "transmuting from {}-byte type to {}-byte type: `{}` -> `{}`",
                        si.size,
                        ti.size,
                        self.ty(src)?.name,
                        self.ty(target)?.name
                    ));
                }
                let bytes = self.value_to_bytes(src, &v)?;
                self.mem.write_bytes(dest.ptr, ti.align, &bytes)?;
                let pv = PlaceVal {
                    ty: target,
                    ..*dest
                };
                return self.validate_place(&pv, &mut String::new());
            }
            CastKind::Unsize => return self.unsize(v, src, target, vt, dest),
        };
        self.write_value(dest, &r)
    }

    /// The metadata of an unsizing from pointee `src` to pointee `dst`.
    fn unsize_meta(
        &mut self,
        src: TyId,
        dst: TyId,
        old: Option<Scalar>,
        vt: Option<VtableId>,
    ) -> InterpResult<Scalar> {
        let (mut s, mut d) = (src, dst);
        for _ in 0..32 {
            let sd = self.ty(s)?;
            let dd = self.ty(d)?;
            match (&sd.kind, &dd.kind) {
                (TyKind::Array(_, n), TyKind::Slice(_)) => return Ok(Scalar::int(*n as u128)),
                (_, TyKind::Dyn(_)) => {
                    if let Some(v) = vt {
                        return Ok(Scalar::from_ptr(self.vtable_ptr(v)?));
                    }
                    if let Some(o) = old {
                        return Ok(o);
                    }
                    return bug("unsizing to `dyn` without a vtable");
                }
                _ => {
                    let (Some(a), Some(b)) = (
                        field_tys(sd, None).last().copied(),
                        field_tys(dd, None).last().copied(),
                    ) else {
                        break;
                    };
                    s = a;
                    d = b;
                }
            }
        }
        if let Some(o) = old {
            return Ok(o);
        }
        unsupported(format!(
            "unsizing `{}` to `{}`",
            self.ty(src)?.name,
            self.ty(dst)?.name
        ))
    }

    fn unsize(
        &mut self,
        v: Value,
        src: TyId,
        target: TyId,
        vt: Option<VtableId>,
        dest: &PlaceVal,
    ) -> InterpResult<()> {
        let ti = self.info(target)?;
        if ti.repr == Repr::Pair {
            let (data, old) = match v {
                Value::Scalar(s) => (s, None),
                Value::Pair(a, b) => (a, Some(b)),
                _ => return bug("unsizing a non-pointer"),
            };
            let (Some(sp), Some(tp)) = (
                self.program.tys.pointee(src),
                self.program.tys.pointee(target),
            ) else {
                return bug("unsizing between non-pointers");
            };
            let meta = self.unsize_meta(sp, tp, old, vt)?;
            return self.write_value(dest, &Value::Pair(data, meta));
        }
        // A struct wrapping a pointer (`Box`, `NonNull`, `Rc`…): put the source in a temporary and
        // rebuild the destination field by field.
        let si = self.info(src)?;
        let tmp = self
            .mem
            .allocate(si.size, si.align, AllocKind::Stack, bs_ir::Span::DUMMY)?;
        let res = (|| {
            let sp = PlaceVal {
                ptr: tmp,
                meta: Meta::None,
                ty: src,
                variant: None,
                align: NO_CAP,
            };
            self.write_value(&sp, &v)?;
            self.unsize_place(sp, *dest, vt, 0)
        })();
        if let Some(id) = super::place::alloc_id(tmp) {
            self.mem.free(id);
        }
        res
    }

    fn unsize_place(
        &mut self,
        src: PlaceVal,
        dst: PlaceVal,
        vt: Option<VtableId>,
        depth: u32,
    ) -> InterpResult<()> {
        if depth > 16 {
            return unsupported("unsizing coercion nested too deeply");
        }
        if src.ty == dst.ty {
            let i = self.info(src.ty)?;
            return self.mem.copy(src.ptr, dst.ptr, i.size, 1, false);
        }
        let di = self.info(dst.ty)?;
        let sdata = self.ty(src.ty)?;
        if di.repr == Repr::Pair || matches!(sdata.kind, TyKind::Ref(..) | TyKind::RawPtr(..)) {
            let v = self.read_value(&src, false)?;
            return self.unsize(v, src.ty, dst.ty, vt, &dst);
        }
        let sfields = field_tys(sdata, None);
        let dd = self.ty(dst.ty)?;
        let dfields = field_tys(dd, None);
        if sfields.len() != dfields.len() {
            return unsupported(format!("unsizing `{}` to `{}`", sdata.name, dd.name));
        }
        for i in 0..sfields.len() {
            let (Some(so), Some(dof)) = (
                field_offset(&self.ty(src.ty)?.layout, None, i as u32),
                field_offset(&self.ty(dst.ty)?.layout, None, i as u32),
            ) else {
                return bug("unsizing a field without offset");
            };
            let sp = PlaceVal {
                ptr: src.ptr.offset_u(so),
                meta: Meta::None,
                ty: sfields[i],
                variant: None,
                align: NO_CAP,
            };
            let dp = PlaceVal {
                ptr: dst.ptr.offset_u(dof),
                meta: Meta::None,
                ty: dfields[i],
                variant: None,
                align: NO_CAP,
            };
            self.unsize_place(sp, dp, vt, depth + 1)?;
        }
        Ok(())
    }

    pub fn vtable_ptr(&mut self, v: VtableId) -> InterpResult<Pointer> {
        if let Some(Some(p)) = self.vtable_allocs.get(v.index()) {
            return Ok(*p);
        }
        let Some(vt) = self.program.vtables.get(v.index()) else {
            return bug("vtable id out of range");
        };
        let size = (3 + vt.methods.len() as u64) * PTR_SIZE;
        let p = self
            .mem
            .allocate(size, PTR_SIZE, AllocKind::Vtable(v), bs_ir::Span::DUMMY)?;
        if self.vtable_allocs.len() <= v.index() {
            self.vtable_allocs.resize(v.index() + 1, None);
        }
        self.vtable_allocs[v.index()] = Some(p);
        Ok(p)
    }
}
