//! Closures. A closure *value* is an `AggregateKind::Closure` of its captures, in the order of the
//! type checker's minimal capture list: `&place`/`&mut place` for by-reference captures, the value
//! (moved or copied) for by-value ones. A closure *body* is its own instance with the `Fn*::call*`
//! signature (`bs_ir::InstanceKind::Closure`): `_1` is the closure (by `&`, `&mut` or by value
//! depending on the closure kind), `_2` the tuple of arguments, destructured at entry. Inside the
//! body a captured place (`x`, `p.field`, `(*r).field`, precise captures of edition 2021) is reached
//! through the corresponding field of `_1`, dereferenced for by-reference captures.

use ra_ap_hir_def::{
    DefWithBodyId,
    hir::{BindingId, Expr, ExprId, Pat, UnaryOp},
    resolver::ValueNs,
};
use ra_ap_hir_ty::{
    Adjust, InferBodyId,
    closure_analysis::{BorrowKind as CapBorrow, ProjectionKind, UpvarCapture},
    db::InternedClosureId,
    next_solver::{Mutability as RaMut, Region, Ty, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::{
    ClosureKind,
    inherent::{GenericArgs as _, IntoKind, Ty as _},
};

use bs_ir::{
    AggregateKind, Body, BorrowKind, Mutability, Operand, Place, ProjElem, Rvalue, Span, TyId,
};

use super::{Lower, PlaceT, R};
use crate::cx::Cx;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Step {
    Deref,
    Field(u32),
}

/// One capture of the closure whose body is being lowered.
pub(crate) struct Cap {
    pub binding: BindingId,
    pub steps: Vec<Step>,
    pub field: u32,
    pub by_ref: bool,
    /// The type of the closure field (the reference for by-ref captures).
    pub field_ty: TyId,
    /// The type of the captured place.
    pub place_ty: TyId,
}

pub(crate) struct ClosureEnv<'db> {
    /// The closure value: `(*_1)` for `Fn`/`FnMut` bodies, `_1` for `FnOnce` ones.
    pub env: Place,
    pub captures: Vec<Cap>,
    pub _marker: std::marker::PhantomData<&'db ()>,
}

fn steps_of(place: &ra_ap_hir_ty::closure_analysis::Place) -> Option<Vec<Step>> {
    place
        .projections
        .iter()
        .map(|p| match p.kind {
            ProjectionKind::Deref => Some(Step::Deref),
            ProjectionKind::Field { field_idx, .. } => Some(Step::Field(field_idx)),
            _ => None,
        })
        .collect()
}

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    /// The closure value.
    pub fn closure_into(&mut self, e: ExprId, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        let Expr::Closure { closure_kind, .. } = &self.hir[e] else {
            unreachable!()
        };
        if !matches!(closure_kind, ra_ap_hir_def::hir::ClosureKind::Closure) {
            return Err(self.unsupported(
                format!("{closure_kind:?} closures (async/generators)"),
                span,
            ));
        }
        let Some(data) = self.infer.closures_data.get(&e) else {
            return Err(self.unsupported("closure without capture analysis", span));
        };
        let captures: Vec<_> = data.min_captures.values().flatten().cloned().collect();
        let mut ops = Vec::new();
        for cap in captures {
            let binding = cap.captured_local();
            let Some(steps) = steps_of(&cap.place) else {
                return Err(self.unsupported("closure capturing an indexed place", span));
            };
            let mut typed = Vec::new();
            for (i, s) in steps.iter().enumerate() {
                let t = self.ty(cap.place.projections[i].ty.as_ref())?;
                typed.push((*s, t));
            }
            let base_ty = self.ty(cap.place.base_ty.as_ref())?;
            let Some(place) = self.place_for_chain(binding, base_ty, &typed)? else {
                return Err(
                    self.unsupported("closure capturing a variable that is not in scope", span)
                );
            };
            match cap.info.capture_kind {
                UpvarCapture::ByRef(bk) => {
                    let m = match bk {
                        CapBorrow::Immutable => Mutability::Not,
                        _ => Mutability::Mut,
                    };
                    let rty = self.ty(cap.captured_ty(self.cx.db))?;
                    let t = self.temp(rty, span);
                    let kind = if m == Mutability::Mut {
                        BorrowKind::Mut
                    } else {
                        BorrowKind::Shared
                    };
                    self.assign(&PlaceT::local(t, rty), Rvalue::Ref(kind, place.place), span);
                    ops.push(Operand::Move(Place::local(t)));
                }
                UpvarCapture::ByValue => {
                    let op = self.operand_of(&place, span);
                    ops.push(op);
                }
                UpvarCapture::ByUse => return Err(self.unsupported("`use` closures", span)),
            }
        }
        self.assign(
            dest,
            Rvalue::Aggregate(AggregateKind::Closure(dest.ty), ops),
            span,
        );
        Ok(())
    }

    /// The place of `binding` followed by `steps`: a local of this body, or (in a closure body) a
    /// captured place plus the remaining steps. `None` if the binding is not reachable.
    pub fn place_for_chain(
        &mut self,
        binding: BindingId,
        base_ty: TyId,
        steps: &[(Step, TyId)],
    ) -> R<Option<PlaceT>> {
        let (mut place, start) = if let Some(&l) = self.bindings.get(&binding) {
            (
                PlaceT {
                    place: Place::local(l),
                    ty: base_ty,
                },
                0,
            )
        } else if let Some(env) = &self.closure {
            // The capture with the longest projection list that is a prefix of `steps`.
            let mut best: Option<&Cap> = None;
            for c in &env.captures {
                if c.binding == binding
                    && c.steps.len() <= steps.len()
                    && c.steps.iter().zip(steps).all(|(a, (b, _))| a == b)
                    && best.is_none_or(|b| b.steps.len() < c.steps.len())
                {
                    best = Some(c);
                }
            }
            let Some(c) = best else { return Ok(None) };
            let mut p = env
                .env
                .clone()
                .project(ProjElem::Field(c.field, c.field_ty));
            if c.by_ref {
                p = p.project(ProjElem::Deref);
            }
            (
                PlaceT {
                    place: p,
                    ty: c.place_ty,
                },
                c.steps.len(),
            )
        } else {
            return Ok(None);
        };
        for (s, t) in &steps[start..] {
            place = match s {
                Step::Deref => PlaceT {
                    place: place.place.project(ProjElem::Deref),
                    ty: *t,
                },
                Step::Field(i) => PlaceT {
                    place: place.place.project(ProjElem::Field(*i, *t)),
                    ty: *t,
                },
            };
        }
        Ok(Some(place))
    }

    /// In a closure body: the place of an expression that names (a part of) a captured variable.
    pub fn captured_place(&mut self, e: ExprId) -> R<Option<PlaceT>> {
        let Some((b, base_ty, steps)) = self.capture_chain(e)? else {
            return Ok(None);
        };
        self.place_for_chain(b, base_ty, &steps)
    }

    /// `x`, `x.f`, `(*x).f`, `x.f` with autoderef… rooted at a variable of an enclosing body.
    #[allow(clippy::type_complexity)]
    fn capture_chain(&mut self, e: ExprId) -> R<Option<(BindingId, TyId, Vec<(Step, TyId)>)>> {
        match self.hir[e].clone() {
            Expr::Path(_) => match self.resolve_path(e) {
                Some(ValueNs::LocalBinding(b)) if !self.bindings.contains_key(&b) => {
                    let t = self.expr_ty(e)?;
                    Ok(Some((b, t, Vec::new())))
                }
                _ => Ok(None),
            },
            Expr::Field { expr: base, name } => {
                let Some((b, bt, mut steps)) = self.capture_chain_adj(base)? else {
                    return Ok(None);
                };
                let base_ty = steps.last().map_or(bt, |s| s.1);
                let idx = match &self.tydata(base_ty).kind {
                    bs_ir::TyKind::Tuple(_) => name.as_tuple_index().map(|i| i as u32),
                    _ => match self.infer.field_resolution(e) {
                        Some(either::Either::Left(f)) => Some(u32::from(f.local_id.into_raw())),
                        Some(either::Either::Right(t)) => Some(t.index),
                        None => None,
                    },
                };
                let Some(idx) = idx else { return Ok(None) };
                let t = self.expr_ty(e)?;
                steps.push((Step::Field(idx), t));
                Ok(Some((b, bt, steps)))
            }
            Expr::UnaryOp {
                expr: inner,
                op: UnaryOp::Deref,
            } => {
                let inner_rty = self.expr_rty(inner);
                let builtin = match inner_rty.kind() {
                    RaTyKind::Ref(..) | RaTyKind::RawPtr(..) => true,
                    RaTyKind::Adt(def, _) => def.is_box(),
                    _ => false,
                };
                if !builtin {
                    return Ok(None);
                }
                let Some((b, bt, mut steps)) = self.capture_chain_adj(inner)? else {
                    return Ok(None);
                };
                let t = self.expr_ty(e)?;
                steps.push((Step::Deref, t));
                Ok(Some((b, bt, steps)))
            }
            _ => Ok(None),
        }
    }

    /// Like `captured_place`, for `e` followed by its first `n` (builtin deref) adjustments.
    pub fn captured_place_derefs(&mut self, e: ExprId, n: usize) -> R<Option<PlaceT>> {
        let Some((b, base_ty, mut steps)) = self.capture_chain(e)? else {
            return Ok(None);
        };
        for a in self.adjustments(e).into_iter().take(n) {
            let t = self.ty(a.target.as_ref())?;
            steps.push((Step::Deref, t));
        }
        self.place_for_chain(b, base_ty, &steps)
    }

    #[allow(clippy::type_complexity)]
    fn capture_chain_adj(&mut self, e: ExprId) -> R<Option<(BindingId, TyId, Vec<(Step, TyId)>)>> {
        let Some((b, bt, mut steps)) = self.capture_chain(e)? else {
            return Ok(None);
        };
        for a in self.adjustments(e) {
            match a.kind {
                Adjust::Deref(None) => {
                    let t = self.ty(a.target.as_ref())?;
                    steps.push((Step::Deref, t));
                }
                _ => return Ok(None),
            }
        }
        Ok(Some((b, bt, steps)))
    }
}

/// Lowers a closure body.
pub(crate) fn lower_closure_body(cx: &mut Cx, id: InternedClosureId<'static>) -> R<Body> {
    let db = cx.db;
    let loc = id.loc(db);
    let InferBodyId::DefWithBodyId(owner) = loc.owner else {
        return Err(cx.unsupported("closures in anonymous constants", Span::DUMMY));
    };
    let expr = loc.expr;
    let mut l = Lower::new(cx, owner)?;
    let span = l.span(expr);
    let Expr::Closure { args, body, .. } = l.hir[expr].clone() else {
        return Err(l.unsupported("closure body of a non-closure", span));
    };
    let closure_rty = l.expr_rty(expr);
    let RaTyKind::Closure(_, cargs) = closure_rty.kind() else {
        return Err(l.unsupported("closure with a non-closure type", span));
    };
    let kind = cargs.as_closure().kind();
    let Some(data) = l.infer.closures_data.get(&expr) else {
        return Err(l.unsupported("closure without capture analysis", span));
    };
    let sig = data.liberated_sig.get();
    let inputs: Vec<Ty<'_>> = sig.inputs().to_vec();
    let output = sig.output();
    let captures: Vec<_> = data.min_captures.values().flatten().cloned().collect();
    let interner = l.interner();
    let closure_ty = l.ty(closure_rty)?;
    let self_rty = match kind {
        ClosureKind::Fn => Ty::new_ref(
            interner,
            Region::new_erased(interner),
            closure_rty,
            RaMut::Not,
        ),
        ClosureKind::FnMut => Ty::new_ref(
            interner,
            Region::new_erased(interner),
            closure_rty,
            RaMut::Mut,
        ),
        ClosureKind::FnOnce => closure_rty,
    };
    let self_ty = l.ty(self_rty)?;
    let args_rty = Ty::new_tup(interner, &inputs);
    let args_ty = l.ty(args_rty)?;
    let ret_ty = l.ty(output)?;
    l.ret_ty = ret_ty;
    l.b.new_local(ret_ty, None, span, true);
    let self_local = l.b.new_local(self_ty, None, span, false);
    let args_local = l.b.new_local(args_ty, None, span, false);
    // The captures.
    let env = match kind {
        ClosureKind::FnOnce => Place::local(self_local),
        _ => Place::local(self_local).project(ProjElem::Deref),
    };
    let field_tys: Vec<TyId> = match &l.tydata(closure_ty).kind {
        bs_ir::TyKind::Closure(_, f) => f.clone(),
        _ => Vec::new(),
    };
    let mut caps = Vec::new();
    for (i, c) in captures.iter().enumerate() {
        let Some(steps) = steps_of(&c.place) else {
            return Err(l.unsupported("closure capturing an indexed place", span));
        };
        let place_ty = l.ty(c.place.ty())?;
        let field_ty = match field_tys.get(i) {
            Some(t) => *t,
            None => l.ty(c.captured_ty(db))?,
        };
        caps.push(Cap {
            binding: c.captured_local(),
            steps,
            field: i as u32,
            by_ref: c.is_by_ref(),
            field_ty,
            place_ty,
        });
    }
    l.closure = Some(ClosureEnv {
        env,
        captures: caps,
        _marker: std::marker::PhantomData,
    });
    // Entry: retags, then destructure the argument tuple into the parameters.
    l.enter_args(
        &[(self_local, self_ty, None), (args_local, args_ty, None)],
        span,
    )?;
    let arg_fields: Vec<TyId> = match &l.tydata(args_ty).kind {
        bs_ir::TyKind::Tuple(f) => f.clone(),
        _ => Vec::new(),
    };
    for (i, pat) in args.iter().enumerate() {
        let fty = arg_fields.get(i).copied().unwrap_or(l.unit);
        let src = PlaceT {
            place: Place::local(args_local).project(ProjElem::Field(i as u32, fty)),
            ty: fty,
        };
        let pspan = l.pat_span(*pat);
        match l.hir[*pat].clone() {
            Pat::Bind { id, subpat: None }
                if matches!(
                    l.infer.binding_mode(*pat),
                    None | Some(ra_ap_hir_ty::BindingMode(ra_ap_hir_ty::ByRef::No, _))
                ) =>
            {
                let local = l.declare_binding(id, pspan)?;
                let ty = l.b.locals[local.index()].ty;
                let op = l.operand_of(&src, pspan);
                l.assign(&PlaceT::local(local, ty), Rvalue::Use(op), pspan);
            }
            _ => l.irrefutable_pat(*pat, &src)?,
        }
    }
    let dest = PlaceT::local(bs_ir::RETURN_PLACE, ret_ty);
    l.expr_into(body, &dest)?;
    l.return_here(span);
    let name = match owner {
        DefWithBodyId::FunctionId(f) => format!("{}::{{closure}}", super::fn_display_name(l.cx, f)),
        _ => "{closure}".to_string(),
    };
    l.finish(name, 2, span, false)
}
