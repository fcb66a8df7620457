//! Place expressions: locals (and, in closure bodies, captured variables), statics, fields, builtin
//! and overloaded indexing, builtin and overloaded derefs. Value expressions used as places are
//! evaluated into a temporary that lives to the end of the enclosing temporary scope.

use ra_ap_hir_def::{
    hir::{Expr, ExprId, UnaryOp},
    resolver::ValueNs,
};
use ra_ap_hir_ty::{
    Adjust,
    next_solver::{GenericArgs, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::inherent::IntoKind;

use bs_ir::{
    AssertMessage, BinOp, BorrowKind, Callee, Const, ConstKind, Mutability, Operand, Place,
    ProjElem, Rvalue, Span, TyKind,
};

use super::{Lower, PlaceT, R};

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    /// Lowers `e` (with its adjustments) as a place.
    pub fn expr_as_place(&mut self, e: ExprId) -> R<PlaceT> {
        let adjs = self.adjustments(e);
        self.expr_as_place_adj(e, &adjs)
    }

    /// Lowers an unadjusted expression as a place.
    pub fn expr_as_place_raw(&mut self, e: ExprId) -> R<PlaceT> {
        let span = self.span(e);
        if self.closure.is_some()
            && let Some(p) = self.captured_place(e)?
        {
            return Ok(p);
        }
        match self.hir[e].clone() {
            Expr::Path(_) => match self.resolve_path(e) {
                Some(ValueNs::LocalBinding(b)) => {
                    if let Some(&l) = self.bindings.get(&b) {
                        let ty = self.b.locals[l.index()].ty;
                        return Ok(PlaceT::local(l, ty));
                    }
                    Err(self.unsupported("use of a variable that is not in scope here", span))
                }
                Some(ValueNs::StaticId(s)) => {
                    let sid = self.cx.static_item(s)?;
                    let ty = self.expr_ty(e)?;
                    let mutable = self.cx.program.statics[sid.index()].mutable;
                    let ptr_ty = self.ref_ty_of(
                        ty,
                        if mutable {
                            Mutability::Mut
                        } else {
                            Mutability::Not
                        },
                        mutable,
                    )?;
                    let t = self.temp(ptr_ty, span);
                    let tp = PlaceT::local(t, ptr_ty);
                    self.assign(
                        &tp,
                        Rvalue::Use(Operand::Const(Const {
                            ty: ptr_ty,
                            kind: ConstKind::StaticRef(sid),
                        })),
                        span,
                    );
                    Ok(PlaceT {
                        place: Place::local(t).project(ProjElem::Deref),
                        ty,
                    })
                }
                _ => self.rvalue_as_place(e),
            },
            Expr::Field { expr: base, name } => {
                let bp = self.expr_as_place(base)?;
                let ty = self.expr_ty(e)?;
                let idx = match &self.tydata(bp.ty).kind {
                    TyKind::Tuple(_) => name.as_tuple_index().map(|i| i as u32),
                    _ => match self.infer.field_resolution(e) {
                        Some(either::Either::Left(f)) => Some(u32::from(f.local_id.into_raw())),
                        Some(either::Either::Right(t)) => Some(t.index),
                        None => None,
                    },
                };
                let Some(idx) = idx else {
                    return Err(self.unsupported("unresolved field", span));
                };
                Ok(PlaceT {
                    place: bp.place.project(ProjElem::Field(idx, ty)),
                    ty,
                })
            }
            Expr::Index { base, index } => self.index_place(e, base, index),
            Expr::UnaryOp {
                expr: inner,
                op: UnaryOp::Deref,
            } => {
                let inner_ty = self.expr_rty(inner);
                let builtin = match inner_ty.kind() {
                    RaTyKind::Ref(..) | RaTyKind::RawPtr(..) => true,
                    RaTyKind::Adt(def, _) => def.is_box(),
                    _ => false,
                };
                let ty = self.expr_ty(e)?;
                // For an overloaded `*x` the type checker records the autoref of `x` (for the
                // `Deref::deref(&x)` call) on `x`; the borrow is made by `overloaded_deref`.
                let mut adjs = self.adjustments(inner);
                if !builtin {
                    while matches!(adjs.last(), Some(a) if matches!(a.kind, Adjust::Borrow(_))) {
                        adjs.pop();
                    }
                }
                let p = self.expr_as_place_adj(inner, &adjs)?;
                if builtin {
                    return Ok(PlaceT {
                        place: p.place.project(ProjElem::Deref),
                        ty,
                    });
                }
                let lang = self.interner().lang_items();
                let m = match self.infer.method_resolution(e) {
                    Some((f, _)) if Some(f) == lang.DerefMut_deref_mut => Mutability::Mut,
                    _ => Mutability::Not,
                };
                self.overloaded_deref(p, m, ty, span)
            }
            _ => self.rvalue_as_place(e),
        }
    }

    /// A value expression used as a place: evaluated into a temporary of the current scope.
    fn rvalue_as_place(&mut self, e: ExprId) -> R<PlaceT> {
        let span = self.span(e);
        let ty = self.expr_ty(e)?;
        self.temp_init(ty, span, |this, p| this.expr_into_raw(e, p))
    }

    /// `*Deref::deref(&place)` or `*DerefMut::deref_mut(&mut place)`.
    pub fn overloaded_deref(
        &mut self,
        p: PlaceT,
        m: Mutability,
        target: bs_ir::TyId,
        span: Span,
    ) -> R<PlaceT> {
        let lang = self.interner().lang_items();
        let func = match m {
            Mutability::Not => lang.Deref_deref,
            Mutability::Mut => lang.DerefMut_deref_mut,
        };
        let Some(func) = func else {
            return Err(self.unsupported("the `Deref`/`DerefMut` lang items", span));
        };
        let Some(self_rty) = self.rty_of(p.ty) else {
            return Err(self.unsupported("overloaded deref of an unknown type", span));
        };
        let ref_ty = self.ref_ty_of(p.ty, m, false)?;
        let r = self.temp(ref_ty, span);
        let kind = if m == Mutability::Mut {
            BorrowKind::Mut
        } else {
            BorrowKind::Shared
        };
        self.assign(&PlaceT::local(r, ref_ty), Rvalue::Ref(kind, p.place), span);
        let args = GenericArgs::new_from_slice(&[self_rty.into()]);
        let callee = self.cx.resolve_callee(func, args, span)?;
        let res_ty = self.ref_ty_of(target, m, false)?;
        let res = self.temp(res_ty, span);
        self.call(
            callee,
            vec![Operand::Move(Place::local(r))],
            &PlaceT::local(res, res_ty),
            span,
        );
        Ok(PlaceT {
            place: Place::local(res).project(ProjElem::Deref),
            ty: target,
        })
    }

    /// `base[index]`: builtin on arrays and slices (with a bounds check), `*Index::index(&base, i)`
    /// / `*IndexMut::index_mut(&mut base, i)` otherwise.
    fn index_place(&mut self, e: ExprId, base: ExprId, index: ExprId) -> R<PlaceT> {
        let span = self.span(e);
        let base_adjs = self.adjustments(base);
        let base_after = match base_adjs.last() {
            Some(a) => self.mono(a.target.as_ref()),
            None => self.expr_rty(base),
        };
        let stripped = match base_after.kind() {
            RaTyKind::Ref(_, t, _) => t,
            _ => base_after,
        };
        let index_rty = self.mono(
            self.infer
                .type_of_expr_with_adjust(index)
                .unwrap_or(self.infer.expr_ty(index)),
        );
        let builtin = matches!(stripped.kind(), RaTyKind::Array(..) | RaTyKind::Slice(..))
            && matches!(
                index_rty.kind(),
                RaTyKind::Uint(ra_ap_rustc_type_ir::UintTy::Usize)
            );
        let elem_ty = self.expr_ty(e)?;
        if !builtin {
            let Some((func, fargs)) = self.infer.method_resolution(e) else {
                return Err(self.unsupported("indexing without an `Index` impl", span));
            };
            let base_op = self.expr_as_operand(base)?;
            let idx_op = self.expr_as_operand(index)?;
            let lang = self.interner().lang_items();
            let m = if Some(func) == lang.IndexMut_index_mut {
                Mutability::Mut
            } else {
                Mutability::Not
            };
            let callee = self.cx.callee(func, fargs, span)?;
            let res_ty = self.ref_ty_of(elem_ty, m, false)?;
            let res = self.temp(res_ty, span);
            self.call(
                callee,
                vec![base_op, idx_op],
                &PlaceT::local(res, res_ty),
                span,
            );
            return Ok(PlaceT {
                place: Place::local(res).project(ProjElem::Deref),
                ty: elem_ty,
            });
        }
        // Builtin: keep only the autoderefs; drop the autoref (and unsizing) the type checker
        // recorded for the `Index` trait call, so that the array/slice place itself is indexed.
        let adjs: Vec<_> = base_adjs
            .iter()
            .take_while(|a| matches!(a.kind, Adjust::Deref(_)))
            .cloned()
            .collect();
        let mut bp = self.expr_as_place_adj(base, &adjs)?;
        while let TyKind::Ref(p, _) | TyKind::RawPtr(p, _) = self.tydata(bp.ty).kind {
            bp = PlaceT {
                place: bp.place.project(ProjElem::Deref),
                ty: p,
            };
        }
        let idx_local = self.temp(self.usize_ty, span);
        let idx_op = self.expr_as_operand(index)?;
        let usize_ty = self.usize_ty;
        self.assign(
            &PlaceT::local(idx_local, usize_ty),
            Rvalue::Use(idx_op),
            span,
        );
        self.bounds_check(&bp, idx_local, span);
        Ok(PlaceT {
            place: bp.place.project(ProjElem::Index(idx_local)),
            ty: elem_ty,
        })
    }

    /// `assert(idx < len, "index out of bounds…")` for an array or slice place.
    pub fn bounds_check(&mut self, base: &PlaceT, idx: bs_ir::LocalId, span: Span) {
        let len_op = match self.tydata(base.ty).kind {
            TyKind::Array(_, n) => self.const_usize(n),
            _ => {
                let len = self.temp(self.usize_ty, span);
                let usize_ty = self.usize_ty;
                self.assign(
                    &PlaceT::local(len, usize_ty),
                    Rvalue::Len(base.place.clone()),
                    span,
                );
                Operand::Copy(Place::local(len))
            }
        };
        let lt = self.temp(self.bool_ty, span);
        let bool_ty = self.bool_ty;
        self.assign(
            &PlaceT::local(lt, bool_ty),
            Rvalue::BinaryOp(BinOp::Lt, Operand::Copy(Place::local(idx)), len_op.clone()),
            span,
        );
        self.assert(
            Operand::Copy(Place::local(lt)),
            true,
            AssertMessage::BoundsCheck {
                len: len_op,
                index: Operand::Copy(Place::local(idx)),
            },
            span,
        );
    }

    /// Emits a call terminator; code continues after it (the destination is retagged if it holds
    /// references or boxes, as a typed copy of the return value).
    pub fn call(&mut self, callee: Callee, args: Vec<Operand>, dest: &PlaceT, span: Span) {
        let next = self.b.new_block();
        let diverges = self.tydata(dest.ty).layout.uninhabited
            && matches!(self.tydata(dest.ty).kind, TyKind::Never);
        self.b.terminate(
            bs_ir::TerminatorKind::Call {
                callee,
                args,
                dest: dest.place.clone(),
                target: if diverges { None } else { Some(next) },
            },
            span,
        );
        self.b.cur = next;
        if self.needs_drop(dest.ty) {
            self.b.mark_init(&dest.place, span);
        }
        if super::builder::retag_kind_needed(self.tys(), dest.ty) {
            self.b.push(
                bs_ir::StatementKind::Retag(bs_ir::RetagKind::Default, dest.place.clone()),
                span,
            );
        }
    }
}
