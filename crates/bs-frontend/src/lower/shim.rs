//! Bodies without HIR: `Fn*::call*` on fn items and fn pointers (untuple the arguments and call),
//! `FnOnce::call_once` on a closure whose body takes `&self`/`&mut self` (borrow the closure and
//! call the body, then drop the closure), tuple-struct/variant constructors used as functions, and
//! the methods of builtin `#[derive]`s.

use ra_ap_hir_def::{
    BuiltinDeriveImplId, CallableDefId, VariantId, builtin_derive::BuiltinDeriveImplMethod,
};
use ra_ap_hir_ty::{
    db::HirDatabase,
    next_solver::{GenericArgs, Mutability as RaMut, Region, Ty, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::{
    ClosureKind,
    inherent::{GenericArgs as _, IntoKind, Ty as _},
};

use bs_ir::{
    AggregateKind, Body, BorrowKind, Callee, LocalId, Operand, Place, ProjElem, RetagKind, Rvalue,
    Span, StatementKind, TerminatorKind, TyId, TyKind,
};

use super::{
    R,
    builder::{BodyBuilder, ScopeEntry},
};
use crate::{
    cx::{Cx, InstanceKey},
    mono::Mono,
};

/// A small body builder for shims.
struct Shim<'c, 'a, 'db> {
    cx: &'c mut Cx<'a, 'db>,
    b: BodyBuilder,
}

impl<'c, 'a, 'db> Shim<'c, 'a, 'db> {
    fn new(cx: &'c mut Cx<'a, 'db>) -> R<Self> {
        let bool_ty = cx.intern_ty(Ty::new_bool(cx.mono.interner))?;
        Ok(Shim {
            cx,
            b: BodyBuilder::new(bool_ty),
        })
    }

    fn local(&mut self, ty: TyId) -> LocalId {
        self.b.new_local(ty, None, Span::DUMMY, true)
    }

    fn assign(&mut self, place: Place, ty: TyId, rv: Rvalue) {
        self.b
            .push(StatementKind::Assign(place.clone(), rv), Span::DUMMY);
        if super::builder::retag_kind_needed(&self.cx.program.tys, ty) {
            self.b
                .push(StatementKind::Retag(RetagKind::Default, place), Span::DUMMY);
        }
    }

    fn entry_retags(&mut self, args: &[LocalId]) {
        for a in args {
            let ty = self.b.locals[a.index()].ty;
            if super::builder::retag_kind_needed(&self.cx.program.tys, ty) {
                self.b.push(
                    StatementKind::Retag(RetagKind::FnEntry, Place::local(*a)),
                    Span::DUMMY,
                );
            }
        }
    }

    fn call(&mut self, callee: Callee, args: Vec<Operand>, dest: Place) {
        let next = self.b.new_block();
        self.b.terminate(
            TerminatorKind::Call {
                callee,
                args,
                dest,
                target: Some(next),
            },
            Span::DUMMY,
        );
        self.b.cur = next;
    }

    fn finish(mut self, name: String, arg_count: u32) -> Body {
        self.b.diverge(TerminatorKind::Return, Span::DUMMY);
        let tys = &self.cx.program.tys;
        let ft = |t: TyId| super::builder::struct_field_tys(tys, t);
        let nd = |t: TyId| tys.get(t).flags.needs_drop;
        let (locals, blocks) = self.b.finish(&ft, &nd);
        Body {
            name,
            locals,
            arg_count,
            blocks,
            span: Span::DUMMY,
            track_caller: false,
        }
    }
}

/// `<F as Fn*>::call*(f, (args…))` for a fn item or fn pointer type `F`: `_1` is taken as `&F` (the
/// `Fn::call` convention; for fn items the value is zero-sized and unused).
pub(crate) fn fn_ptr_shim<'db>(cx: &mut Cx<'_, 'db>, fty: Ty<'db>) -> R<Body> {
    let interner = cx.mono.interner;
    let sig = interner.instantiate_bound_regions_with_erased(fty.fn_sig(interner));
    let inputs: Vec<Ty<'db>> = sig.inputs().to_vec();
    let output = sig.output();
    let self_rty = Ty::new_ref(interner, Region::new_erased(interner), fty, RaMut::Not);
    let self_ty = cx.intern_ty(self_rty)?;
    let tuple_ty = cx.intern_ty(Ty::new_tup(interner, &inputs))?;
    let ret_ty = cx.intern_ty(output)?;
    let mut input_tys = Vec::new();
    for t in &inputs {
        input_tys.push(cx.intern_ty(*t)?);
    }
    let callee = match fty.kind() {
        RaTyKind::FnDef(def, args) => match def.0 {
            CallableDefId::FunctionId(f) => cx.resolve_callee(f, args, Span::DUMMY)?,
            other => Callee::Direct(cx.fn_def_instance(other, args)?),
        },
        _ => {
            let fty_id = cx.intern_ty(fty)?;
            Callee::FnPtr(
                Operand::Copy(Place::local(LocalId(1)).project(ProjElem::Deref)),
                fty_id,
            )
        }
    };
    let mut s = Shim::new(cx)?;
    s.local(ret_ty);
    let a1 = s.local(self_ty);
    let a2 = s.local(tuple_ty);
    s.entry_retags(&[a1, a2]);
    let args = input_tys
        .iter()
        .enumerate()
        .map(|(i, t)| Operand::Move(Place::local(a2).project(ProjElem::Field(i as u32, *t))))
        .collect();
    s.call(callee, args, Place::local(LocalId(0)));
    Ok(s.finish("<fn shim>".into(), 2))
}

/// `FnOnce::call_once(closure, args)` for a closure whose body takes `&self` or `&mut self`.
pub(crate) fn closure_once_shim(cx: &mut Cx, body: bs_ir::InstanceId) -> R<Body> {
    let Some(InstanceKey::Closure(id, args)) = cx.state.keys.get(body.index()).cloned() else {
        return Err(cx.unsupported("call_once shim of a non-closure", Span::DUMMY));
    };
    let db = cx.db;
    let args = args.as_ref();
    cx.mono = Mono::new(db, cx.analysis.user_crate, args);
    let interner = cx.mono.interner;
    let loc = id.loc(db);
    let ra_ap_hir_ty::InferBodyId::DefWithBodyId(owner) = loc.owner else {
        return Err(cx.unsupported("closures in anonymous constants", Span::DUMMY));
    };
    let infer = ra_ap_hir_ty::InferenceResult::of(db, owner);
    let closure_rty = cx.mono_ty(infer.expr_ty(loc.expr));
    let RaTyKind::Closure(_, cargs) = closure_rty.kind() else {
        return Err(cx.unsupported("closure with a non-closure type", Span::DUMMY));
    };
    let kind = cargs.as_closure().kind();
    let Some(data) = infer.closures_data.get(&loc.expr) else {
        return Err(cx.unsupported("closure without capture analysis", Span::DUMMY));
    };
    let sig = data.liberated_sig.get();
    let inputs: Vec<Ty<'_>> = sig.inputs().iter().map(|t| cx.mono_ty(*t)).collect();
    let output = cx.mono_ty(sig.output());
    let m = if kind == ClosureKind::Fn {
        RaMut::Not
    } else {
        RaMut::Mut
    };
    let closure_ty = cx.intern_ty(closure_rty)?;
    let ref_ty = cx.intern_ty(Ty::new_ref(
        interner,
        Region::new_erased(interner),
        closure_rty,
        m,
    ))?;
    let tuple_ty = cx.intern_ty(Ty::new_tup(interner, &inputs))?;
    let ret_ty = cx.intern_ty(output)?;
    let mut s = Shim::new(cx)?;
    s.local(ret_ty);
    let a1 = s.local(closure_ty);
    let a2 = s.local(tuple_ty);
    s.entry_retags(&[a1, a2]);
    let r = s.local(ref_ty);
    let bk = if m == RaMut::Mut {
        BorrowKind::Mut
    } else {
        BorrowKind::Shared
    };
    s.assign(Place::local(r), ref_ty, Rvalue::Ref(bk, Place::local(a1)));
    s.call(
        Callee::Direct(body),
        vec![
            Operand::Move(Place::local(r)),
            Operand::Move(Place::local(a2)),
        ],
        Place::local(LocalId(0)),
    );
    let nd = s.cx.program.tys.get(closure_ty).flags.needs_drop;
    s.b.schedule(ScopeEntry {
        local: a1,
        drop: nd,
        storage: false,
    });
    let tys = &s.cx.program.tys;
    let ndf = |t: TyId| tys.get(t).flags.needs_drop;
    s.b.pop_scope(Span::DUMMY, &ndf);
    Ok(s.finish("<closure call_once shim>".into(), 2))
}

/// A tuple struct or tuple variant constructor called as a function.
pub(crate) fn ctor_shim<'db>(
    cx: &mut Cx<'_, 'db>,
    variant: VariantId,
    args: GenericArgs<'db>,
) -> R<Body> {
    let db: &dyn HirDatabase = cx.db;
    let def = match variant {
        VariantId::StructId(s) => CallableDefId::StructId(s),
        VariantId::EnumVariantId(v) => CallableDefId::EnumVariantId(v),
        VariantId::UnionId(_) => {
            return Err(cx.unsupported("union constructor as a function", Span::DUMMY));
        }
    };
    let sig = db
        .callable_item_signature(def)
        .instantiate(cx.mono.interner, args)
        .skip_norm_wip();
    let sig = cx.mono.interner.instantiate_bound_regions_with_erased(sig);
    let mut input_tys = Vec::new();
    for t in sig.inputs().iter() {
        input_tys.push(cx.ty(*t)?);
    }
    let ret_ty = cx.ty(sig.output())?;
    let vidx = match variant {
        VariantId::EnumVariantId(v) => v.index(cx.db) as u32,
        _ => 0,
    };
    let mut s = Shim::new(cx)?;
    s.local(ret_ty);
    let mut ops = Vec::new();
    let mut arg_locals = Vec::new();
    for t in &input_tys {
        let l = s.local(*t);
        arg_locals.push(l);
        ops.push(Operand::Move(Place::local(l)));
    }
    s.entry_retags(&arg_locals);
    s.assign(
        Place::local(LocalId(0)),
        ret_ty,
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: ret_ty,
                variant: vidx,
                active_field: None,
            },
            ops,
        ),
    );
    let n = input_tys.len() as u32;
    Ok(s.finish("<constructor>".into(), n))
}

/// Methods of builtin derives (`#[derive(Clone, PartialEq, …)]`, which rust-analyzer keeps without
/// bodies).
pub(crate) fn derive_method<'db>(
    cx: &mut Cx<'_, 'db>,
    imp: BuiltinDeriveImplId,
    method: BuiltinDeriveImplMethod,
    args: GenericArgs<'db>,
) -> R<Body> {
    super::derive::derive_method(cx, imp, method, args)
}

#[allow(dead_code)]
fn _unused(_: TyKind) {}
