//! Calls and returns (direct, virtual, through fn pointers), drop glue, statics, constants, and the
//! allocations that give functions and vtables their addresses.

use std::rc::Rc;

use bs_ir::{
    BlockId, Callee, InstanceId, Operand, Place, StaticId, StaticInit, TyId, TyKind, Variants,
};

use super::place::{Meta, NO_CAP, PlaceVal, alloc_id, field_offset, field_tys};
use super::value::{Repr, Scalar, Value};
use super::{BodyFrame, Frame, GlueFrame, Machine, RetDest, StaticState};
use crate::error::{InterpResult, Stop, bug, ub, unsupported};
use crate::memory::{AllocKind, Bytes, PTR_SIZE, Pointer};

/// One step of drop glue.
#[derive(Clone, Debug)]
pub enum DropWork {
    /// Drop the value at the place (expands by type).
    Place(PlaceVal),
    /// Drop the fields of the value (after its own `Drop::drop` ran).
    Fields(PlaceVal),
    /// The pointee of a `Box` was dropped: run the Box's own `Drop` impl (which frees the memory).
    AfterBox(PlaceVal),
}

impl Machine<'_> {
    pub(super) fn exec_call(
        &mut self,
        callee: &Callee,
        args: &[Operand],
        dest: &Place,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        let dest_p = self.eval_place(dest)?;
        let depth = self.stack.len();
        self.exec_call_inner(callee, args, dest_p, target)?;
        if target.is_none()
            && self.stack.len() > depth
            && let Some(Frame::Body(f)) = self.stack.last_mut()
        {
            f.must_not_return = true;
        }
        Ok(())
    }

    fn exec_call_inner(
        &mut self,
        callee: &Callee,
        args: &[Operand],
        dest_p: PlaceVal,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        match callee {
            Callee::Direct(inst) => {
                let vals = self.eval_args(args)?;
                self.call_instance(*inst, vals, RetDest::Place(dest_p), target)
            }
            Callee::Virtual(slot) => {
                let mut vals = self.eval_args(args)?;
                let Some(first) = vals.first() else {
                    return bug("virtual call without receiver");
                };
                let (data, vt) = match first {
                    Value::Pair(d, v) => (*d, v.to_ptr()),
                    Value::Mem(b) if b.len() == 2 * PTR_SIZE => {
                        let get = |off: usize| {
                            let mut buf = [0u8; 8];
                            buf.copy_from_slice(&b.data[off..off + 8]);
                            let prov = b.prov.iter().find(|e| e.0 == off as u64).map(|e| e.1);
                            Scalar {
                                bits: u64::from_le_bytes(buf) as u128,
                                prov,
                            }
                        };
                        (get(0), get(8).to_ptr())
                    }
                    _ => return bug("virtual call on a receiver that is not a fat pointer"),
                };
                let v = self.vtable_of(vt)?;
                let Some(vtd) = self.program.vtables.get(v.index()) else {
                    return bug("vtable id out of range");
                };
                let Some(Some(inst)) = vtd.methods.get(*slot as usize).copied() else {
                    return unsupported(format!("calling vtable slot {slot}, which has no method"));
                };
                // The method takes `self` behind a pointer (`&self`, `&mut self`, `Box<Self>`…):
                // pass the thin data pointer. A by-value `self` (a `FnOnce` vtable shim) is moved
                // out of the pointee.
                let info = self.body_info(inst)?;
                let self_ty = info.body.locals.get(1).map(|l| l.ty);
                let by_value = match self_ty {
                    Some(t) => {
                        let d = self.ty(t)?;
                        !matches!(d.kind, TyKind::Ref(..) | TyKind::RawPtr(..))
                            && !d.flags.is_box
                            && self.info(t)?.repr != Repr::Scalar
                    }
                    None => false,
                };
                vals[0] = match (by_value, self_ty) {
                    (true, Some(t)) => {
                        let p = PlaceVal {
                            ptr: data.to_ptr(),
                            meta: Meta::None,
                            ty: t,
                            variant: None,
                            align: NO_CAP,
                        };
                        self.read_value(&p, true)?
                    }
                    _ => Value::Scalar(data),
                };
                self.call_instance(inst, vals, RetDest::Place(dest_p), target)
            }
            Callee::FnPtr(op, sig_ty) => {
                let fv = self.eval_operand_raw(op)?.0;
                let Some(s) = fv.scalar() else {
                    return bug("call through a non-scalar fn pointer");
                };
                let (inst, shim) = self.fn_of_ptr(s.to_ptr())?;
                let vals = self.eval_args(args)?;
                if !shim {
                    self.check_fn_sig(inst, *sig_ty)?;
                    self.call_instance(inst, vals, RetDest::Place(dest_p), target)
                } else {
                    self.call_spread(inst, vals, RetDest::Place(dest_p), target)
                }
            }
            Callee::Intrinsic(intr, generics) => {
                self.call_intrinsic(intr, generics, args, dest_p, target)
            }
        }
    }

    pub(super) fn eval_args(&mut self, args: &[Operand]) -> InterpResult<Vec<Value>> {
        let mut vals = Vec::with_capacity(args.len());
        for a in args {
            vals.push(self.eval_operand(a)?);
        }
        Ok(vals)
    }

    /// The function a fn pointer points to (and whether it is a reified closure).
    pub fn fn_of_ptr(&self, p: Pointer) -> InterpResult<(InstanceId, bool)> {
        match self.mem.alloc_of_ptr(p) {
            Some((_, a)) if a.base == p.addr => match a.kind {
                AllocKind::Function {
                    instance,
                    closure_shim,
                } => Ok((instance, closure_shim)),
                _ => ub(format!(
                    "using {} as function pointer but it does not point to a function",
                    self.mem.fmt_ptr(p)
                )),
            },
            _ => ub(format!(
                "using {} as function pointer but it does not point to a function",
                self.mem.fmt_ptr(p)
            )),
        }
    }

    fn check_fn_sig(&mut self, inst: InstanceId, caller_sig: TyId) -> InterpResult<()> {
        let Some(callee_sig) = self
            .program
            .instances
            .get(inst.index())
            .and_then(|i| i.sig_ty)
        else {
            return Ok(());
        };
        if callee_sig == caller_sig {
            return Ok(());
        }
        let (TyKind::FnPtr(a), TyKind::FnPtr(b)) =
            (&self.ty(callee_sig)?.kind, &self.ty(caller_sig)?.kind)
        else {
            return Ok(());
        };
        let (a, b) = (a.clone(), b.clone());
        if a.inputs.len() != b.inputs.len() {
            return ub(if b.inputs.len() > a.inputs.len() {
                "calling a function with more arguments than it expected"
            } else {
                "calling a function with fewer arguments than it requires"
            });
        }
        for (x, y) in a.inputs.iter().zip(&b.inputs) {
            if !self.abi_compatible(*x, *y)? {
                return ub(format!(
                    "calling a function with argument of type `{}` passing data of type `{}`",
                    self.ty(*x)?.name,
                    self.ty(*y)?.name
                ));
            }
        }
        if !self.abi_compatible(a.output, b.output)? {
            return ub(format!(
                "calling a function with return type `{}` passing return place of type `{}`",
                self.ty(a.output)?.name,
                self.ty(b.output)?.name
            ));
        }
        Ok(())
    }

    /// Miri's ABI compatibility, approximated: equal types, or pointers with the same metadata kind.
    fn abi_compatible(&mut self, a: TyId, b: TyId) -> InterpResult<bool> {
        if a == b {
            return Ok(true);
        }
        let (da, db) = (self.ty(a)?, self.ty(b)?);
        if da.name == db.name && da.layout == db.layout {
            return Ok(true);
        }
        let ptrish = |k: &TyKind| matches!(k, TyKind::Ref(..) | TyKind::RawPtr(..));
        if ptrish(&da.kind) && ptrish(&db.kind) || da.flags.is_box && db.flags.is_box {
            let (pa, pb) = (self.program.tys.pointee(a), self.program.tys.pointee(b));
            if let (Some(pa), Some(pb)) = (pa, pb) {
                return Ok(self.tail_kind(pa)? == self.tail_kind(pb)?);
            }
        }
        Ok(false)
    }

    /// Calls a closure body reified to a fn pointer: packs `args…` into the body's argument tuple.
    fn call_spread(
        &mut self,
        inst: InstanceId,
        vals: Vec<Value>,
        ret: RetDest,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        let info = self.body_info(inst)?;
        let body = &info.body;
        if body.arg_count != 2 || body.locals.len() < 3 {
            return bug("closure body without (closure, args) parameters");
        }
        let (cty, tty) = (body.locals[1].ty, body.locals[2].ty);
        let closure = match self.info(cty)?.repr {
            Repr::Zst => Value::Zst,
            Repr::Scalar => {
                // `&closure` of a capture-less closure: any aligned non-null pointer will do.
                Value::Scalar(Scalar::int(1))
            }
            _ => return unsupported("calling a capturing closure through a fn pointer"),
        };
        let tuple = self.pack_tuple(tty, &vals)?;
        self.call_instance(inst, vec![closure, tuple], ret, target)
    }

    /// Builds a tuple value of type `tty` from its elements.
    pub fn pack_tuple(&mut self, tty: TyId, vals: &[Value]) -> InterpResult<Value> {
        let ti = self.info(tty)?;
        if ti.repr == Repr::Zst {
            return Ok(Value::Zst);
        }
        let tmp = self
            .mem
            .allocate(ti.size, ti.align, AllocKind::Stack, bs_ir::Span::DUMMY)?;
        let res = (|| {
            let d = self.ty(tty)?;
            let tys = field_tys(d, None);
            if tys.len() != vals.len() {
                return bug("argument count does not match the closure's argument tuple");
            }
            for (i, v) in vals.iter().enumerate() {
                let Some(o) = field_offset(&self.ty(tty)?.layout, None, i as u32) else {
                    return bug("tuple field offset");
                };
                self.write_value(
                    &PlaceVal {
                        ptr: tmp.offset_u(o),
                        meta: Meta::None,
                        ty: tys[i],
                        variant: None,
                        align: NO_CAP,
                    },
                    v,
                )?;
            }
            let b = self.mem.read_bytes(tmp, ti.size, ti.align)?;
            match self.value_from_bytes(tty, &b)? {
                Some(v) => Ok(v),
                None => Ok(Value::Mem(Box::new(b))),
            }
        })();
        if let Some(id) = alloc_id(tmp) {
            self.mem.free(id);
        }
        res
    }

    /// Splits a tuple value into its elements.
    pub fn unpack_tuple(&mut self, tty: TyId, v: &Value) -> InterpResult<Vec<Value>> {
        let d = self.ty(tty)?;
        let TyKind::Tuple(tys) = &d.kind else {
            return bug(format!("spreading a non-tuple `{}`", d.name));
        };
        let tys = tys.clone();
        if tys.is_empty() {
            return Ok(Vec::new());
        }
        let bytes = self.value_to_bytes(tty, v)?;
        let mut out = Vec::with_capacity(tys.len());
        for (i, t) in tys.iter().enumerate() {
            let Some(o) = field_offset(&self.ty(tty)?.layout, None, i as u32) else {
                return bug("tuple field offset");
            };
            let size = self.info(*t)?.size;
            let sub = Bytes {
                data: match bytes.data.get(o as usize..(o + size) as usize) {
                    Some(d) => d.to_vec(),
                    None => return bug("tuple field outside of the tuple"),
                },
                init: {
                    let mut m = crate::memory::InitMask::new(size, true);
                    for j in 0..size {
                        if !bytes.init.get(o + j) {
                            m.set_range(j, 1, false);
                        }
                    }
                    m
                },
                prov: bytes
                    .prov
                    .iter()
                    .filter(|e| e.0 >= o && e.0 < o + size)
                    .map(|e| (e.0 - o, e.1))
                    .collect(),
            };
            match self.value_from_bytes(*t, &sub)? {
                Some(v) => out.push(v),
                None => {
                    return ub(
                        "constructing invalid value: encountered uninitialized memory in a call argument",
                    );
                }
            }
        }
        Ok(out)
    }

    /// Pushes a frame for `inst` with the given arguments. The caller continues at `target`.
    pub fn call_instance(
        &mut self,
        inst: InstanceId,
        args: Vec<Value>,
        ret: RetDest,
        target: Option<BlockId>,
    ) -> InterpResult<()> {
        if self.stack.len() >= self.config.stack_limit {
            return Err(Box::new(Stop::Resource(format!(
                "reached the stack depth limit of {} frames (infinite recursion?)",
                self.config.stack_limit
            ))));
        }
        let info = self.body_info(inst)?;
        let body = info.body.clone();
        if args.len() != body.arg_count as usize {
            return bug(format!(
                "calling `{}` with {} arguments, but it takes {}",
                body.name,
                args.len(),
                body.arg_count
            ));
        }
        if let Some(b) = target
            && let Some(Frame::Body(f)) = self.stack.last_mut()
        {
            f.block = b.0;
            f.stmt = 0;
        }
        let mut locals = vec![None; body.locals.len()];
        for (i, decl) in body.locals.iter().enumerate() {
            if info.always_live[i] {
                locals[i] = Some(self.alloc_local(decl.ty)?);
            }
        }
        for (i, v) in args.iter().enumerate() {
            let Some(ptr) = locals[i + 1] else {
                return bug("argument without storage");
            };
            let p = PlaceVal {
                ptr,
                meta: Meta::None,
                ty: body.locals[i + 1].ty,
                variant: None,
                align: NO_CAP,
            };
            self.write_value(&p, v)?;
        }
        self.stack.push(Frame::Body(BodyFrame {
            info,
            instance: inst,
            locals,
            block: 0,
            stmt: 0,
            ret,
            target,
            call_span: self.cur_span,
            keep_locals: false,
            must_not_return: false,
        }));
        Ok(())
    }

    pub(super) fn do_return(&mut self) -> InterpResult<()> {
        let f = self.frame()?;
        let ret_ty = f.info.body.locals[0].ty;
        let ret_ptr = f.locals[0];
        let v = match (&f.ret, ret_ptr) {
            (RetDest::Place(_), Some(ptr)) => Some(self.read_value(
                &PlaceVal {
                    ptr,
                    meta: Meta::None,
                    ty: ret_ty,
                    variant: None,
                    align: NO_CAP,
                },
                true,
            )?),
            (RetDest::Place(_), None) => return ub("accessing a dead local variable"),
            _ => None,
        };
        let Some(Frame::Body(f)) = self.stack.pop() else {
            return bug("return without a frame");
        };
        if f.must_not_return {
            self.stack.push(Frame::Body(f));
            return ub("entering unreachable code");
        }
        if !f.keep_locals {
            for p in f.locals.iter().flatten() {
                if let Some(id) = alloc_id(*p) {
                    self.mem.free(id);
                }
            }
        }
        if let Some(m) = &mut self.mem.model {
            m.frame_exit(self.stack.len())?;
        }
        if let (RetDest::Place(p), Some(v)) = (&f.ret, v) {
            self.write_value(p, &v)?;
        }
        Ok(())
    }

    /// Runs `inst` to completion now (constants, statics), writing its result to `ret`.
    pub fn run_nested(&mut self, inst: InstanceId, ret: PlaceVal) -> InterpResult<()> {
        let depth = self.stack.len();
        let saved = self.cur_span;
        self.call_instance(inst, Vec::new(), RetDest::Place(ret), None)?;
        if let Some(Frame::Body(f)) = self.stack.last_mut() {
            f.keep_locals = true;
        }
        self.run_until(depth)?;
        self.cur_span = saved;
        Ok(())
    }

    pub fn const_value(&mut self, inst: InstanceId, ty: TyId) -> InterpResult<Rc<Bytes>> {
        if let Some(b) = self.consts.get(&inst) {
            return Ok(b.clone());
        }
        let i = self.info(ty)?;
        let p = self
            .mem
            .allocate(i.size, i.align, AllocKind::Static, bs_ir::Span::DUMMY)?;
        self.run_nested(
            inst,
            PlaceVal {
                ptr: p,
                meta: Meta::None,
                ty,
                variant: None,
                align: NO_CAP,
            },
        )?;
        let b = Rc::new(self.mem.read_bytes(p, i.size, i.align)?);
        if let Some(id) = alloc_id(p) {
            self.mem.free(id);
        }
        self.consts.insert(inst, b.clone());
        Ok(b)
    }

    pub fn static_ptr(&mut self, sid: StaticId) -> InterpResult<Pointer> {
        if self.statics.len() <= sid.index() {
            self.statics.resize(sid.index() + 1, StaticState::Uninit);
        }
        match self.statics[sid.index()] {
            StaticState::Done(p) | StaticState::Initializing(p) => return Ok(p),
            StaticState::Uninit => {}
        }
        let Some(data) = self.program.statics.get(sid.index()) else {
            return bug("static id out of range");
        };
        let (ty, mutable, init) = (data.ty, data.mutable, data.init.clone());
        match init {
            StaticInit::Bytes(b) => {
                let p =
                    self.mem
                        .allocate(b.len() as u64, 1, AllocKind::Static, bs_ir::Span::DUMMY)?;
                let bytes = Bytes {
                    data: b.clone(),
                    init: crate::memory::InitMask::new(b.len() as u64, true),
                    prov: Vec::new(),
                };
                self.mem.write_bytes(p, 1, &bytes)?;
                if let Some(a) = alloc_id(p).and_then(|id| self.mem.get_mut(id)) {
                    a.mutable = false;
                }
                self.statics[sid.index()] = StaticState::Done(p);
                Ok(p)
            }
            StaticInit::Body(inst) => {
                let i = self.info(ty)?;
                let p =
                    self.mem
                        .allocate(i.size, i.align, AllocKind::Static, bs_ir::Span::DUMMY)?;
                self.statics[sid.index()] = StaticState::Initializing(p);
                self.run_nested(
                    inst,
                    PlaceVal {
                        ptr: p,
                        meta: Meta::None,
                        ty,
                        variant: None,
                        align: NO_CAP,
                    },
                )?;
                let interior = self.flags(ty).has_unsafe_cell;
                if let Some(a) = alloc_id(p).and_then(|id| self.mem.get_mut(id)) {
                    a.mutable = mutable || interior;
                }
                self.statics[sid.index()] = StaticState::Done(p);
                Ok(p)
            }
        }
    }

    pub fn fn_ptr(&mut self, inst: InstanceId, closure_shim: bool) -> InterpResult<Pointer> {
        if let Some(p) = self.fn_allocs.get(&(inst, closure_shim)) {
            return Ok(*p);
        }
        let p = self.mem.allocate(
            0,
            1,
            AllocKind::Function {
                instance: inst,
                closure_shim,
            },
            bs_ir::Span::DUMMY,
        )?;
        self.fn_allocs.insert((inst, closure_shim), p);
        Ok(p)
    }

    /// Whether dropping a value of `ty` runs code. Computed here (memoised) rather than trusted from
    /// `TyFlags::needs_drop`, which a frontend can get wrong for recursive types.
    pub fn needs_drop(&mut self, ty: TyId) -> InterpResult<bool> {
        if let Some(Some(b)) = self.drop_cache.get(ty.index()) {
            return Ok(*b);
        }
        if self.drop_cache.len() <= ty.index() {
            self.drop_cache.resize(ty.index() + 1, None);
        }
        // Provisional answer for cycles (a recursive type always recurses through a `Box`, which
        // needs drop by itself).
        self.drop_cache[ty.index()] = Some(false);
        let d = self.ty(ty)?;
        let flags = d.flags;
        let r = if flags.is_manually_drop || flags.is_union {
            false
        } else if d.drop_impl.is_some() || flags.is_box || matches!(d.kind, TyKind::Dyn(_)) {
            true
        } else {
            let fields: Vec<TyId> = match &d.kind {
                TyKind::Array(e, n) if *n > 0 => vec![*e],
                TyKind::Slice(e) => vec![*e],
                TyKind::Tuple(ts) | TyKind::Closure(_, ts) => ts.clone(),
                TyKind::Adt(..) => d
                    .variants
                    .iter()
                    .flat_map(|v| v.field_tys.iter().copied())
                    .collect(),
                _ => Vec::new(),
            };
            let mut any = false;
            for f in fields {
                if self.needs_drop(f)? {
                    any = true;
                    break;
                }
            }
            any
        };
        self.drop_cache[ty.index()] = Some(r);
        Ok(r)
    }

    /// Starts the drop glue of the value at `p` (the caller's continuation is already set).
    pub fn start_drop(&mut self, p: PlaceVal) -> InterpResult<()> {
        if !self.needs_drop(p.ty)? {
            return Ok(());
        }
        if self.stack.len() >= self.config.stack_limit {
            return Err(Box::new(Stop::Resource(format!(
                "reached the stack depth limit of {} frames",
                self.config.stack_limit
            ))));
        }
        self.stack.push(Frame::Glue(GlueFrame {
            work: vec![DropWork::Place(p)],
            call_span: self.cur_span,
            ty: p.ty,
        }));
        Ok(())
    }

    pub(super) fn step_glue(&mut self) -> InterpResult<()> {
        let Some(Frame::Glue(g)) = self.stack.last_mut() else {
            return bug("no glue frame");
        };
        let Some(work) = g.work.pop() else {
            self.stack.pop();
            return Ok(());
        };
        let mut push = Vec::new();
        let mut call = None;
        match work {
            DropWork::Place(p) => {
                if !self.needs_drop(p.ty)? {
                    return Ok(());
                }
                let d = self.ty(p.ty)?;
                let flags = d.flags;
                match &d.kind {
                    TyKind::Dyn(_) => {
                        let Meta::Vtable(vt) = p.meta else {
                            return bug("dropping dyn without vtable");
                        };
                        let ty = self.vtable_ty(vt)?;
                        push.push(DropWork::Place(PlaceVal {
                            ptr: p.ptr,
                            meta: Meta::None,
                            ty,
                            variant: None,
                            align: NO_CAP,
                        }));
                    }
                    TyKind::Array(..) | TyKind::Slice(_) => {
                        let (elem, len, stride) = self.seq_info(&p)?;
                        if self.needs_drop(elem)? {
                            for i in (0..len).rev() {
                                push.push(DropWork::Place(PlaceVal {
                                    ptr: p.ptr.offset_u(i * stride),
                                    meta: Meta::None,
                                    ty: elem,
                                    variant: None,
                                    align: p.align,
                                }));
                            }
                        }
                    }
                    TyKind::Str => {}
                    _ if flags.is_box => {
                        let Some(pointee) = self.program.tys.box_pointee(p.ty) else {
                            return bug("Box without pointee");
                        };
                        push.push(DropWork::AfterBox(p));
                        let (ptr, meta) = self.read_ptr_at(p.ptr, pointee)?;
                        push.push(DropWork::Place(PlaceVal {
                            ptr,
                            meta,
                            ty: pointee,
                            variant: None,
                            align: NO_CAP,
                        }));
                    }
                    _ => {
                        push.push(DropWork::Fields(p));
                        call = d.drop_impl;
                    }
                }
                self.push_work(push)?;
                if let Some(di) = call {
                    self.call_instance(di, vec![Self::ptr_value(&p)], RetDest::Discard, None)?;
                }
                Ok(())
            }
            DropWork::AfterBox(p) => {
                let call = self.ty(p.ty)?.drop_impl;
                self.push_work(vec![DropWork::Fields(p)])?;
                if let Some(di) = call {
                    self.call_instance(di, vec![Self::ptr_value(&p)], RetDest::Discard, None)?;
                }
                Ok(())
            }
            DropWork::Fields(p) => {
                let d = self.ty(p.ty)?;
                if d.flags.is_union || d.flags.is_manually_drop {
                    return Ok(());
                }
                let multi = matches!(d.layout.variants, Variants::Multiple { .. });
                let variant = if multi {
                    Some(self.read_discriminant(&p)?)
                } else {
                    None
                };
                let d = self.ty(p.ty)?;
                let tys = field_tys(d, variant);
                let mut items = Vec::new();
                for (i, t) in tys.iter().enumerate().rev() {
                    if !self.needs_drop(*t)? {
                        continue;
                    }
                    let d = self.ty(p.ty)?;
                    let Some(o) = field_offset(&d.layout, variant, i as u32) else {
                        return bug("drop of a field without offset");
                    };
                    let unsized_field = !self.ty(*t)?.layout.sized;
                    let meta = if unsized_field { p.meta } else { Meta::None };
                    let mut ptr = p.ptr.offset_u(o);
                    if unsized_field && let Meta::Vtable(_) = meta {
                        let (_, a) = self.size_align_of(*t, meta)?;
                        ptr = p.ptr.offset_u(o.div_ceil(a) * a);
                    }
                    items.push(DropWork::Place(PlaceVal {
                        ptr,
                        meta,
                        ty: *t,
                        variant: None,
                        align: p.align.min(self.ty(p.ty)?.layout.align.max(1)),
                    }));
                }
                self.push_work(items)
            }
        }
    }

    fn push_work(&mut self, items: Vec<DropWork>) -> InterpResult<()> {
        let Some(Frame::Glue(g)) = self.stack.last_mut() else {
            return bug("no glue frame");
        };
        g.work.extend(items);
        Ok(())
    }
}
