//! Calls: fn items (resolved to impls, intrinsics or vtable slots by `Cx::callee`), tuple-struct and
//! variant constructors (aggregates), fn pointers, overloaded calls of closures and `Fn*` values
//! (`(callee, (args…))`, the `rust_call` convention), and method calls with their receiver
//! adjustments.
//!
//! Two-phase borrows follow rustc's rule: the `&mut` autoref of a method-call receiver, and the
//! `&mut place` written as the first argument of a fully-qualified method call, are two-phase.

use ra_ap_hir_def::{
    CallableDefId,
    hir::{Expr, ExprId},
    signatures::FunctionSignature,
};
use ra_ap_hir_ty::{
    Adjust, AutoBorrow,
    next_solver::{Ty, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::inherent::{IntoKind, Ty as _};

use bs_ir::{AggregateKind, BorrowKind, Callee, Operand, Place, Rvalue, TyKind};

use super::{Lower, PlaceT, R};

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    pub fn call_into(&mut self, e: ExprId, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        match self.hir[e].clone() {
            Expr::MethodCall { receiver, args, .. } => {
                let Some((func, fargs)) = self.infer.method_resolution(e) else {
                    return Err(self.unsupported("unresolved method call", span));
                };
                let callee = self.cx.callee(func, fargs, span)?;
                let mut ops = Vec::new();
                // The receiver, with a two-phase autoref.
                let adjs = self.adjustments(receiver);
                let rty = self.adjusted_ty(receiver, &adjs)?;
                let two_phase = matches!(adjs.last(), Some(a) if matches!(a.kind, Adjust::Borrow(AutoBorrow::Ref(_))));
                if adjs.is_empty() {
                    ops.push(self.arg_operand(receiver)?);
                } else {
                    let t = self.temp(rty, span);
                    self.expr_into_adj(receiver, &adjs, &PlaceT::local(t, rty), two_phase)?;
                    ops.push(Operand::Move(Place::local(t)));
                }
                for a in args.iter() {
                    ops.push(self.arg_operand(*a)?);
                }
                self.call(callee, ops, dest, span);
                Ok(())
            }
            Expr::Call { callee, args } => {
                if let Some((func, fargs)) = self.infer.method_resolution(e) {
                    // An overloaded call: `Fn*::call*(callee, (args…))`. When the callee is (after
                    // monomorphization) a fn item or fn pointer, call it directly instead of going
                    // through the `Fn*` shim.
                    if let Some(()) = self.direct_fn_call(callee, &args, dest, span)? {
                        return Ok(());
                    }
                    let c = self.cx.callee(func, fargs, span)?;
                    let f = self.expr_as_operand(callee)?;
                    let tuple_rty = fargs
                        .as_slice()
                        .get(1)
                        .and_then(|a| a.ty())
                        .map(|t| self.mono(t))
                        .unwrap_or_else(|| Ty::new_unit(self.interner()));
                    let tuple_ty = self.ty(tuple_rty)?;
                    let mut ops = Vec::new();
                    for a in args.iter() {
                        ops.push(self.expr_as_operand(*a)?);
                    }
                    let t = self.temp(tuple_ty, span);
                    self.assign(
                        &PlaceT::local(t, tuple_ty),
                        Rvalue::Aggregate(AggregateKind::Tuple, ops),
                        span,
                    );
                    self.call(c, vec![f, Operand::Move(Place::local(t))], dest, span);
                    return Ok(());
                }
                let cadjs = self.adjustments(callee);
                let callee_rty = match cadjs.last() {
                    Some(a) => self.mono(a.target.as_ref()),
                    None => self.expr_rty(callee),
                };
                match callee_rty.kind() {
                    RaTyKind::FnDef(def, fargs) => match def.0 {
                        CallableDefId::FunctionId(f) => {
                            let c = self.cx.resolve_callee(f, self.cx.mono_args(fargs), span)?;
                            let method = FunctionSignature::of(self.cx.db, f).has_self_param();
                            let mut ops = Vec::new();
                            for (i, a) in args.iter().enumerate() {
                                if i == 0
                                    && method
                                    && let Some(op) = self.two_phase_first_arg(*a)?
                                {
                                    ops.push(op);
                                    continue;
                                }
                                ops.push(self.arg_operand(*a)?);
                            }
                            self.call(c, ops, dest, span);
                            Ok(())
                        }
                        CallableDefId::StructId(_) | CallableDefId::EnumVariantId(_) => {
                            let variant = match def.0 {
                                CallableDefId::StructId(s) => ra_ap_hir_def::VariantId::StructId(s),
                                CallableDefId::EnumVariantId(v) => {
                                    ra_ap_hir_def::VariantId::EnumVariantId(v)
                                }
                                CallableDefId::FunctionId(_) => unreachable!(),
                            };
                            let (vidx, _, _) = self.variant_info(variant);
                            let mut ops = Vec::new();
                            for a in args.iter() {
                                ops.push(self.expr_as_operand(*a)?);
                            }
                            self.assign(
                                dest,
                                Rvalue::Aggregate(
                                    AggregateKind::Adt {
                                        ty: dest.ty,
                                        variant: vidx,
                                        active_field: None,
                                    },
                                    ops,
                                ),
                                span,
                            );
                            Ok(())
                        }
                    },
                    RaTyKind::FnPtr(..) => {
                        let fty = self.ty(callee_rty)?;
                        let f = self.expr_as_operand(callee)?;
                        let mut ops = Vec::new();
                        for a in args.iter() {
                            ops.push(self.arg_operand(*a)?);
                        }
                        self.call(Callee::FnPtr(f, fty), ops, dest, span);
                        Ok(())
                    }
                    _ => Err(self.unsupported("call of a value that is not a function", span)),
                }
            }
            _ => unreachable!("call_into on a non-call"),
        }
    }

    /// `f(args…)` where `f` is (after monomorphization) a fn item, a fn pointer, or a reference to
    /// one: a direct call with the arguments spread. `None` if the callee is something else.
    fn direct_fn_call(
        &mut self,
        callee: ExprId,
        args: &[ExprId],
        dest: &PlaceT,
        span: bs_ir::Span,
    ) -> R<Option<()>> {
        let mut rty = self.expr_rty(callee);
        let mut derefs = 0;
        while let RaTyKind::Ref(_, inner, _) = rty.kind() {
            rty = inner;
            derefs += 1;
        }
        let c = match rty.kind() {
            RaTyKind::FnDef(..)
                if !self.is_place_expr(callee) && !matches!(self.hir[callee], Expr::Path(_)) =>
            {
                return Ok(None);
            }
            RaTyKind::FnDef(def, fargs) => match def.0 {
                CallableDefId::FunctionId(f) => self.cx.resolve_callee(f, fargs, span)?,
                other => Callee::Direct(self.cx.fn_def_instance(other, fargs)?),
            },
            RaTyKind::FnPtr(..) => {
                let fty = self.ty(rty)?;
                let mut p = self.expr_as_place_raw(callee)?;
                for _ in 0..derefs {
                    let pointee = self.pointee(p.ty).unwrap_or(fty);
                    p = PlaceT {
                        place: p.place.project(bs_ir::ProjElem::Deref),
                        ty: pointee,
                    };
                }
                Callee::FnPtr(Operand::Copy(p.place), fty)
            }
            _ => return Ok(None),
        };
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.arg_operand(*a)?);
        }
        self.call(c, ops, dest, span);
        Ok(Some(()))
    }

    /// `Type::method(&mut place, …)`: the explicit first `&mut` is a two-phase borrow.
    fn two_phase_first_arg(&mut self, a: ExprId) -> R<Option<Operand>> {
        let Expr::Ref {
            expr: inner,
            rawness: ra_ap_hir_def::type_ref::Rawness::Ref,
            mutability,
        } = self.hir[a].clone()
        else {
            return Ok(None);
        };
        if !matches!(mutability, ra_ap_hir_def::type_ref::Mutability::Mut) {
            return Ok(None);
        }
        let adjs = self.adjustments(a);
        // Allow the reborrow (`&mut *`) the coercion adds.
        let reborrow = adjs.len() == 2
            && matches!(adjs[0].kind, Adjust::Deref(None))
            && matches!(adjs[1].kind, Adjust::Borrow(AutoBorrow::Ref(_)));
        if !adjs.is_empty() && !reborrow {
            return Ok(None);
        }
        let span = self.span(a);
        let ty = self.expr_ty(a)?;
        let p = self.expr_as_place(inner)?;
        let t = self.temp(ty, span);
        self.assign(
            &PlaceT::local(t, ty),
            Rvalue::Ref(BorrowKind::TwoPhaseMut, p.place),
            span,
        );
        Ok(Some(Operand::Move(Place::local(t))))
    }

    /// An argument: values are passed through a fresh temporary (a typed copy, retagged like
    /// rustc's argument temporaries), constants directly.
    pub fn arg_operand(&mut self, a: ExprId) -> R<Operand> {
        let op = self.expr_as_operand(a)?;
        match &op {
            Operand::Const(_) => Ok(op),
            Operand::Move(p) | Operand::Copy(p)
                if p.projection.is_empty() && self.b.locals[p.local.index()].name.is_none() =>
            {
                Ok(op)
            }
            Operand::Move(p) | Operand::Copy(p) => {
                let span = self.span(a);
                let ty = self.adjusted_ty(a, &self.adjustments(a))?;
                let _ = p;
                if matches!(self.tydata(ty).kind, TyKind::FnDef(_)) {
                    return Ok(op);
                }
                let t = self.temp(ty, span);
                self.assign(&PlaceT::local(t, ty), Rvalue::Use(op), span);
                Ok(Operand::Move(Place::local(t)))
            }
        }
    }
}
