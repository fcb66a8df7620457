//! Places: evaluation of projections to a pointer plus metadata, dynamic sizes, and typed reads and
//! writes of values at places.

use bs_ir::{
    Const, ConstKind, FieldsShape, Layout, Operand, Place, ProjElem, TyData, TyFlags, TyId, TyKind,
    Variants, VtableId,
};

use super::Machine;
use super::value::{Repr, Scalar, Value};
use crate::error::{InterpResult, bug, ub, unsupported};
use crate::memory::{AllocId, AllocKind, Bytes, InitMask, PTR_SIZE, Pointer, Provenance};

/// Metadata of a place of unsized type.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Meta {
    None,
    Len(u64),
    Vtable(Pointer),
}

impl Meta {
    pub fn to_scalar(self) -> Scalar {
        match self {
            Meta::None => Scalar::int(0),
            Meta::Len(n) => Scalar::int(n as u128),
            Meta::Vtable(p) => Scalar::from_ptr(p),
        }
    }
}

/// An evaluated place: where it is, its metadata, its type, and the variant selected by `Downcast`.
#[derive(Copy, Clone, Debug)]
pub struct PlaceVal {
    pub ptr: Pointer,
    pub meta: Meta,
    pub ty: TyId,
    pub variant: Option<u32>,
    /// A cap on the alignment accesses may assume (fields of packed structs are less aligned than
    /// their type); `NO_CAP` means the type's own alignment.
    pub align: u64,
}

pub const NO_CAP: u64 = 1 << 62;

pub fn alloc_id(p: Pointer) -> Option<AllocId> {
    match p.prov {
        Some(Provenance::Concrete { alloc, .. }) => Some(alloc),
        _ => None,
    }
}

/// What the metadata of a pointer to an unsized type is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TailKind {
    Sized,
    Len,
    Vtable,
}

/// The offsets of the fields of `variant` (or of the type itself).
pub fn fields_of(layout: &Layout, variant: Option<u32>) -> &FieldsShape {
    match (variant, &layout.variants) {
        (Some(v), Variants::Multiple { variants, .. }) => variants
            .get(v as usize)
            .map_or(&layout.fields, |l| &l.fields),
        _ => &layout.fields,
    }
}

pub fn field_offset(layout: &Layout, variant: Option<u32>, i: u32) -> Option<u64> {
    match fields_of(layout, variant) {
        FieldsShape::Primitive => (i == 0).then_some(0),
        FieldsShape::Array { stride, count } => {
            (u64::from(i) < *count || *count == 0).then_some(stride.wrapping_mul(u64::from(i)))
        }
        FieldsShape::Union { .. } => Some(0),
        FieldsShape::Arbitrary { offsets } => offsets.get(i as usize).copied(),
    }
}

/// Field types of a type (of the given variant), in field order.
pub fn field_tys(data: &TyData, variant: Option<u32>) -> Vec<TyId> {
    match &data.kind {
        TyKind::Tuple(ts) => ts.clone(),
        TyKind::Closure(_, ts) => ts.clone(),
        TyKind::Adt(..) => data
            .variants
            .get(variant.unwrap_or(match data.layout.variants {
                // An enum whose only inhabited variant is not the first (`Result<!, E>`).
                Variants::Single { index } => index,
                Variants::Multiple { .. } => 0,
            }) as usize)
            .map(|v| v.field_tys.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

impl Machine<'_> {
    pub fn tail_kind(&self, ty: TyId) -> InterpResult<TailKind> {
        let mut cur = ty;
        for _ in 0..64 {
            let d = self.ty(cur)?;
            if d.layout.sized {
                return Ok(TailKind::Sized);
            }
            match &d.kind {
                TyKind::Slice(_) | TyKind::Str => return Ok(TailKind::Len),
                TyKind::Dyn(_) => return Ok(TailKind::Vtable),
                _ => match field_tys(d, None).last() {
                    Some(t) => cur = *t,
                    None => {
                        return bug(format!("unsized type `{}` without an unsized tail", d.name));
                    }
                },
            }
        }
        bug("unsized tail too deep")
    }

    pub fn flags(&self, ty: TyId) -> TyFlags {
        self.program
            .tys
            .tys
            .get(ty.index())
            .map(|d| d.flags)
            .unwrap_or_default()
    }

    /// The vtable a vtable pointer points to.
    pub fn vtable_of(&self, ptr: Pointer) -> InterpResult<VtableId> {
        match self.mem.alloc_of_ptr(ptr) {
            Some((_, a)) if a.base == ptr.addr => match a.kind {
                AllocKind::Vtable(v) => Ok(v),
                _ => ub(format!(
                    "using {} as vtable pointer but it does not point to a vtable",
                    self.mem.fmt_ptr(ptr)
                )),
            },
            _ => ub(format!(
                "using {} as vtable pointer but it does not point to a vtable",
                self.mem.fmt_ptr(ptr)
            )),
        }
    }

    pub fn vtable_ty(&self, ptr: Pointer) -> InterpResult<TyId> {
        let v = self.vtable_of(ptr)?;
        match self.program.vtables.get(v.index()) {
            Some(vt) => Ok(vt.ty),
            None => bug("vtable id out of range"),
        }
    }

    /// Size and alignment of a value of type `ty` with metadata `meta` (rustc's `size_of_val`).
    pub fn size_align_of(&mut self, ty: TyId, meta: Meta) -> InterpResult<(u64, u64)> {
        let d = self.ty(ty)?;
        if d.layout.sized {
            return Ok((d.layout.size, d.layout.align.max(1)));
        }
        match &d.kind {
            TyKind::Slice(e) => {
                let e = *e;
                let Meta::Len(n) = meta else {
                    return bug("slice place without length");
                };
                let ed = self.ty(e)?;
                let size = ed.layout.size.checked_mul(n);
                match size {
                    Some(s) if s <= isize::MAX as u64 => Ok((s, ed.layout.align.max(1))),
                    _ => ub(
                        "invalid metadata in wide pointer: slice is bigger than largest supported object",
                    ),
                }
            }
            TyKind::Str => {
                let Meta::Len(n) = meta else {
                    return bug("str place without length");
                };
                Ok((n, 1))
            }
            TyKind::Dyn(_) => {
                let Meta::Vtable(v) = meta else {
                    return bug("dyn place without vtable");
                };
                let t = self.vtable_ty(v)?;
                let l = &self.ty(t)?.layout;
                Ok((l.size, l.align.max(1)))
            }
            _ => {
                let fts = field_tys(d, None);
                let Some(&tail) = fts.last() else {
                    return bug("unsized type without fields");
                };
                let Some(off) = field_offset(&d.layout, None, fts.len() as u32 - 1) else {
                    return bug("unsized tail without offset");
                };
                let own_align = d.layout.align.max(1);
                let (ts, ta) = self.size_align_of(tail, meta)?;
                let off = off.div_ceil(ta) * ta;
                let align = own_align.max(ta);
                Ok(((off + ts).div_ceil(align) * align, align))
            }
        }
    }

    pub fn eval_place(&mut self, place: &Place) -> InterpResult<PlaceVal> {
        let f = self.frame()?;
        let l = place.local.index();
        let Some(decl) = f.info.body.locals.get(l) else {
            return bug("place of a missing local");
        };
        let ty = decl.ty;
        let Some(ptr) = f.locals.get(l).copied().flatten() else {
            // rustc never produces MIR that uses a dead local: this is a lowering bug, not UB of
            // the program (Miri's wording would be "accessing a dead local variable").
            return bug(format!("`{}` uses the dead local _{l}", f.info.body.name));
        };
        let mut p = PlaceVal {
            ptr,
            meta: Meta::None,
            ty,
            variant: None,
            align: NO_CAP,
        };
        for elem in &place.projection {
            p = self.project(p, elem)?;
        }
        Ok(p)
    }

    /// Reads a pointer stored at `at` whose pointee is `pointee` (thin or fat).
    pub fn read_ptr_at(&mut self, at: Pointer, pointee: TyId) -> InterpResult<(Pointer, Meta)> {
        let Some((bits, prov)) = self.mem.read_scalar(at, PTR_SIZE, PTR_SIZE)? else {
            return ub("using uninitialized data, but this operation requires initialized memory");
        };
        let ptr = Pointer {
            addr: bits as u64,
            prov,
        };
        let meta = match self.tail_kind(pointee)? {
            TailKind::Sized => Meta::None,
            k => {
                let Some((m, mprov)) =
                    self.mem
                        .read_scalar(at.offset_u(PTR_SIZE), PTR_SIZE, PTR_SIZE)?
                else {
                    return ub(
                        "using uninitialized data, but this operation requires initialized memory",
                    );
                };
                if k == TailKind::Len {
                    Meta::Len(m as u64)
                } else {
                    Meta::Vtable(Pointer {
                        addr: m as u64,
                        prov: mprov,
                    })
                }
            }
        };
        Ok((ptr, meta))
    }

    pub fn project(&mut self, p: PlaceVal, elem: &ProjElem) -> InterpResult<PlaceVal> {
        match elem {
            ProjElem::Deref => {
                let Some(pointee) = self.program.tys.pointee(p.ty) else {
                    return bug(format!(
                        "deref of non-pointer type `{}`",
                        self.ty(p.ty)?.name
                    ));
                };
                let (ptr, meta) = self.read_ptr_at(p.ptr, pointee)?;
                Ok(PlaceVal {
                    ptr,
                    meta,
                    ty: pointee,
                    variant: None,
                    align: NO_CAP,
                })
            }
            ProjElem::Field(i, fty) => {
                let d = self.ty(p.ty)?;
                let Some(mut off) = field_offset(&d.layout, p.variant, *i) else {
                    return bug(format!("field {i} of `{}` has no offset", d.name));
                };
                let unsized_field = !self.ty(*fty)?.layout.sized;
                let meta = if unsized_field {
                    if let (TailKind::Vtable, Meta::Vtable(_)) = (self.tail_kind(*fty)?, p.meta) {
                        let (_, a) = self.size_align_of(*fty, p.meta)?;
                        off = off.div_ceil(a) * a;
                    }
                    p.meta
                } else {
                    Meta::None
                };
                Ok(PlaceVal {
                    ptr: p.ptr.offset_u(off),
                    meta,
                    ty: *fty,
                    variant: None,
                    align: p.align.min(self.ty(p.ty)?.layout.align.max(1)),
                })
            }
            ProjElem::Index(l) => {
                let lp = self.eval_place(&Place::local(*l))?;
                let Some((idx, _)) = self.mem.read_scalar(lp.ptr, 8, 8)? else {
                    return ub(
                        "using uninitialized data, but this operation requires initialized memory",
                    );
                };
                self.index_place(p, idx as u64)
            }
            ProjElem::ConstantIndex {
                offset, from_end, ..
            } => {
                let (_, len, _) = self.seq_info(&p)?;
                let idx = if *from_end {
                    len.wrapping_sub(*offset)
                } else {
                    *offset
                };
                self.index_place(p, idx)
            }
            ProjElem::Subslice { from, to, from_end } => {
                let (elem, len, stride) = self.seq_info(&p)?;
                let end = if *from_end {
                    len.checked_sub(*to)
                } else {
                    Some(*to)
                };
                let Some(end) = end.filter(|e| *e >= *from && *e <= len) else {
                    return ub(format!(
                        "indexing out of bounds: subslice {from}..{to} of a sequence of length {len}"
                    ));
                };
                let n = end - from;
                let ptr = p.ptr.offset_u(from * stride);
                match self.ty(p.ty)?.kind {
                    TyKind::Array(..) => {
                        let ty = self.array_ty(elem, n)?;
                        Ok(PlaceVal {
                            ptr,
                            meta: Meta::None,
                            ty,
                            variant: None,
                            align: p.align,
                        })
                    }
                    _ => Ok(PlaceVal {
                        ptr,
                        meta: Meta::Len(n),
                        ty: p.ty,
                        variant: None,
                        align: p.align,
                    }),
                }
            }
            ProjElem::Downcast(v) => Ok(PlaceVal {
                variant: Some(*v),
                ..p
            }),
        }
    }

    /// Element type, length and stride of an array or slice place.
    pub fn seq_info(&mut self, p: &PlaceVal) -> InterpResult<(TyId, u64, u64)> {
        let d = self.ty(p.ty)?;
        match &d.kind {
            TyKind::Array(e, n) => {
                let stride = match &d.layout.fields {
                    FieldsShape::Array { stride, .. } => *stride,
                    _ => self.ty(*e)?.layout.size,
                };
                Ok((*e, *n, stride))
            }
            TyKind::Slice(e) => {
                let e = *e;
                let Meta::Len(n) = p.meta else {
                    return bug("slice place without length");
                };
                Ok((e, n, self.ty(e)?.layout.size))
            }
            TyKind::Str => {
                let Meta::Len(n) = p.meta else {
                    return bug("str place without length");
                };
                let u8 = self.program.tys.common.u8;
                match u8 {
                    Some(u) => Ok((u, n, 1)),
                    None => bug("indexing str without a u8 type"),
                }
            }
            _ => bug(format!("indexing a non-sequence type `{}`", d.name)),
        }
    }

    fn index_place(&mut self, p: PlaceVal, idx: u64) -> InterpResult<PlaceVal> {
        let (elem, len, stride) = self.seq_info(&p)?;
        if idx >= len {
            return ub(format!(
                "indexing out of bounds: the len is {len} but the index is {idx}"
            ));
        }
        Ok(PlaceVal {
            ptr: p.ptr.offset_u(idx * stride),
            meta: Meta::None,
            ty: elem,
            variant: None,
            align: p.align,
        })
    }

    /// `[elem; n]`, interned if the program does not have it yet.
    pub fn array_ty(&mut self, elem: TyId, n: u64) -> InterpResult<TyId> {
        let tys = &self.program.tys;
        if let Some(i) = tys
            .tys
            .iter()
            .position(|t| t.kind == TyKind::Array(elem, n))
        {
            return Ok(TyId::from_usize(i));
        }
        let ed = self.ty(elem)?.clone();
        let layout = Layout {
            size: ed.layout.size * n,
            align: ed.layout.align,
            sized: true,
            uninhabited: ed.layout.uninhabited && n > 0,
            fields: FieldsShape::Array {
                stride: ed.layout.size,
                count: n,
            },
            variants: Variants::Single { index: 0 },
            scalar: None,
        };
        let flags = TyFlags {
            is_box: false,
            is_unsafe_cell: false,
            is_manually_drop: false,
            is_union: false,
            is_phantom: false,
            is_maybe_dangling: false,
            ..ed.flags
        };
        Ok(self.program.tys.push(bs_ir::TyData {
            kind: TyKind::Array(elem, n),
            name: format!("[{}; {n}]", ed.name),
            layout,
            flags,
            variants: Vec::new(),
            drop_impl: None,
        }))
    }

    /// A typed read of the value at `p` (with validation when `validate`).
    pub fn read_value(&mut self, p: &PlaceVal, validate: bool) -> InterpResult<Value> {
        let mut info = self.info(p.ty)?;
        info.align = info.align.min(p.align);
        match info.repr {
            Repr::Zst => Ok(Value::Zst),
            Repr::Scalar => {
                let Some((bits, prov)) = self.mem.read_scalar(p.ptr, info.size, info.align)? else {
                    if validate {
                        return self.uninit_error(p.ty, "");
                    }
                    return ub(
                        "using uninitialized data, but this operation requires initialized memory",
                    );
                };
                let s = Scalar { bits, prov };
                if validate {
                    self.validate_scalar(p.ty, info.skind, s, Meta::None, "")?;
                }
                Ok(Value::Scalar(s))
            }
            Repr::Pair => {
                let a = self
                    .mem
                    .read_scalar(p.ptr, PTR_SIZE, info.align.min(PTR_SIZE))?;
                let b = self.mem.read_scalar(
                    p.ptr.offset_u(PTR_SIZE),
                    PTR_SIZE,
                    info.align.min(PTR_SIZE),
                )?;
                let (Some(a), Some(b)) = (a, b) else {
                    if validate {
                        return self.uninit_error(p.ty, "");
                    }
                    return ub(
                        "using uninitialized data, but this operation requires initialized memory",
                    );
                };
                let (a, b) = (
                    Scalar {
                        bits: a.0,
                        prov: a.1,
                    },
                    Scalar {
                        bits: b.0,
                        prov: b.1,
                    },
                );
                if validate {
                    self.validate_pair(p.ty, a, b, "")?;
                }
                Ok(Value::Pair(a, b))
            }
            Repr::Mem => {
                if validate {
                    self.validate_place(p, &mut String::new())?;
                }
                Ok(Value::Mem(Box::new(
                    self.mem.read_bytes(p.ptr, info.size, info.align)?,
                )))
            }
            Repr::Unsized => unsupported(format!(
                "reading an unsized value of type `{}`",
                self.ty(p.ty)?.name
            )),
        }
    }

    pub fn write_value(&mut self, p: &PlaceVal, v: &Value) -> InterpResult<()> {
        let mut info = self.info(p.ty)?;
        info.align = info.align.min(p.align);
        match v {
            Value::Zst => {
                if info.size != 0 {
                    return bug(format!(
                        "writing a zero-sized value to a place of type `{}`",
                        self.ty(p.ty)?.name
                    ));
                }
                Ok(())
            }
            Value::Scalar(s) => {
                if info.size > 16 || info.size == 0 {
                    return bug(format!(
                        "writing a scalar to a place of type `{}`",
                        self.ty(p.ty)?.name
                    ));
                }
                self.mem
                    .write_scalar(p.ptr, info.size, info.align, s.bits, s.prov)
            }
            Value::Pair(a, b) => {
                if info.size != 2 * PTR_SIZE {
                    return bug(format!(
                        "writing a pointer pair to a place of type `{}`",
                        self.ty(p.ty)?.name
                    ));
                }
                self.mem
                    .write_scalar(p.ptr, PTR_SIZE, info.align.min(PTR_SIZE), a.bits, a.prov)?;
                self.mem.write_scalar(
                    p.ptr.offset_u(PTR_SIZE),
                    PTR_SIZE,
                    info.align.min(PTR_SIZE),
                    b.bits,
                    b.prov,
                )
            }
            Value::Mem(b) => {
                if b.len() != info.size {
                    return bug(format!(
                        "writing {} bytes to a place of type `{}` ({} bytes)",
                        b.len(),
                        self.ty(p.ty)?.name,
                        info.size
                    ));
                }
                self.mem.write_bytes(p.ptr, info.align, b)
            }
        }
    }

    /// A value as bytes of the type's size (for transmutes and re-splitting tuples).
    pub fn value_to_bytes(&mut self, ty: TyId, v: &Value) -> InterpResult<Bytes> {
        let info = self.info(ty)?;
        let mut b = Bytes::uninit(info.size);
        let put = |b: &mut Bytes, off: u64, size: u64, s: Scalar| {
            let n = size.min(16) as usize;
            if off as usize + n <= b.data.len() {
                b.data[off as usize..off as usize + n].copy_from_slice(&s.bits.to_le_bytes()[..n]);
                b.init.set_range(off, size, true);
                if let Some(p) = s.prov {
                    b.prov.push((off, p));
                }
            }
        };
        match v {
            Value::Zst => {}
            Value::Scalar(s) => put(&mut b, 0, info.size, *s),
            Value::Pair(x, y) => {
                put(&mut b, 0, PTR_SIZE, *x);
                put(&mut b, PTR_SIZE, PTR_SIZE, *y);
            }
            Value::Mem(m) => return Ok((**m).clone()),
        }
        Ok(b)
    }

    /// Reinterprets bytes as a value of `ty` (`None` if a needed byte is uninitialised).
    pub fn value_from_bytes(&mut self, ty: TyId, b: &Bytes) -> InterpResult<Option<Value>> {
        let info = self.info(ty)?;
        let get = |off: u64, size: u64| -> Option<Scalar> {
            if b.init.first_uninit(off, size).is_some() || (off + size) as usize > b.data.len() {
                return None;
            }
            let mut buf = [0u8; 16];
            buf[..size as usize].copy_from_slice(&b.data[off as usize..(off + size) as usize]);
            let prov = if size == PTR_SIZE {
                b.prov.iter().find(|e| e.0 == off).map(|e| e.1)
            } else {
                None
            };
            Some(Scalar {
                bits: u128::from_le_bytes(buf),
                prov,
            })
        };
        Ok(match info.repr {
            Repr::Zst => Some(Value::Zst),
            Repr::Scalar => get(0, info.size).map(Value::Scalar),
            Repr::Pair => match (get(0, PTR_SIZE), get(PTR_SIZE, PTR_SIZE)) {
                (Some(x), Some(y)) => Some(Value::Pair(x, y)),
                _ => None,
            },
            Repr::Mem => {
                if b.len() != info.size {
                    return bug("byte value of the wrong size");
                }
                Some(Value::Mem(Box::new(b.clone())))
            }
            Repr::Unsized => return unsupported("unsized value"),
        })
    }

    pub fn eval_operand(&mut self, op: &Operand) -> InterpResult<Value> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => {
                let pv = self.eval_place(p)?;
                self.read_value(&pv, true)
            }
            Operand::Const(c) => self.eval_const(c),
        }
    }

    pub fn eval_operand_ty(&mut self, op: &Operand) -> InterpResult<(Value, TyId)> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => {
                let pv = self.eval_place(p)?;
                Ok((self.read_value(&pv, true)?, pv.ty))
            }
            Operand::Const(c) => Ok((self.eval_const(c)?, c.ty)),
        }
    }

    /// An operand read for an operation (arithmetic, switch, cast): uninitialised scalars are
    /// "using uninitialized data" rather than invalid values, and no validity check runs.
    pub fn eval_operand_raw(&mut self, op: &Operand) -> InterpResult<(Value, TyId)> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => {
                let pv = self.eval_place(p)?;
                Ok((self.read_value(&pv, false)?, pv.ty))
            }
            Operand::Const(c) => Ok((self.eval_const(c)?, c.ty)),
        }
    }

    pub fn operand_ty(&mut self, op: &Operand) -> InterpResult<TyId> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => Ok(self.eval_place(p)?.ty),
            Operand::Const(c) => Ok(c.ty),
        }
    }

    pub fn eval_const(&mut self, c: &Const) -> InterpResult<Value> {
        let info = self.info(c.ty)?;
        match &c.kind {
            ConstKind::Scalar(bits) => match info.repr {
                Repr::Zst => Ok(Value::Zst),
                Repr::Scalar => Ok(Value::Scalar(Scalar::int(super::value::trunc(
                    *bits, info.size,
                )))),
                Repr::Mem if info.size <= 16 => {
                    let mut b = Bytes::uninit(info.size);
                    b.data
                        .copy_from_slice(&bits.to_le_bytes()[..info.size as usize]);
                    b.init = InitMask::new(info.size, true);
                    Ok(Value::Mem(Box::new(b)))
                }
                _ => bug(format!("scalar constant of type `{}`", self.ty(c.ty)?.name)),
            },
            ConstKind::ZeroSized => match info.repr {
                Repr::Zst => Ok(Value::Zst),
                _ => bug(format!(
                    "zero-sized constant of sized type `{}`",
                    self.ty(c.ty)?.name
                )),
            },
            ConstKind::Bytes(sid) => {
                let ptr = self.static_ptr(*sid)?;
                let len = match self.program.statics.get(sid.index()).map(|s| &s.init) {
                    Some(bs_ir::StaticInit::Bytes(b)) => b.len() as u64,
                    _ => 0,
                };
                match info.repr {
                    Repr::Pair => Ok(Value::Pair(Scalar::from_ptr(ptr), Scalar::int(len as u128))),
                    _ => Ok(Value::Scalar(Scalar::from_ptr(ptr))),
                }
            }
            ConstKind::Unevaluated(inst) => {
                let bytes = self.const_value(*inst, c.ty)?;
                match self.value_from_bytes(c.ty, &bytes)? {
                    Some(v) => Ok(v),
                    None => ub(
                        "constructing invalid value: encountered uninitialized memory in a constant",
                    ),
                }
            }
            ConstKind::StaticRef(sid) => {
                let ptr = self.static_ptr(*sid)?;
                Ok(Value::Scalar(Scalar::from_ptr(ptr)))
            }
            ConstKind::FnPtr(inst) => {
                let p = self.fn_ptr(*inst, false)?;
                Ok(Value::Scalar(Scalar::from_ptr(p)))
            }
        }
    }
}
