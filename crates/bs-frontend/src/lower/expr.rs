//! Value expressions: lowering an expression *into* a destination place, *as* an operand, or for its
//! effect only; blocks and statements with their temporary scopes; control flow (`if`, `match`,
//! loops, `break`/`continue`/`return`); aggregates, literals, casts and borrows.
//!
//! Temporaries follow rustc's scopes (edition 2024): a statement's temporaries are dropped at the end
//! of the statement, a block's tail-expression temporaries before the block's locals, `if`/`while`
//! conditions have their own scope, and `let x = &temp;` extends `temp` to the enclosing block.

use ra_ap_hir_def::{
    hir::{Array, Expr, ExprId, Literal, MatchArm, Pat, RecordSpread, Statement},
    resolver::ValueNs,
};
use ra_ap_hir_ty::{
    Adjust, AutoBorrow, PointerCast,
    method_resolution::CandidateId,
    next_solver::{Mutability as RaMut, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::inherent::IntoKind;

use bs_ir::{
    AggregateKind, AssertMessage, BinOp, BorrowKind, CastKind, Const, ConstKind, Mutability,
    Operand, Place, ProjElem, Rvalue, Span, StatementKind, TerminatorKind, TyId, TyKind,
};

use super::{LoopCtx, Lower, PlaceT, R};

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    // ----- entry points -----

    /// Lowers `e` (with its adjustments) and writes the value into `dest`.
    pub fn expr_into(&mut self, e: ExprId, dest: &PlaceT) -> R<()> {
        let adjs = self.adjustments(e);
        self.expr_into_adj(e, &adjs, dest, false)
    }

    /// Lowers `e` (with its adjustments) to an operand.
    pub fn expr_as_operand(&mut self, e: ExprId) -> R<Operand> {
        let adjs = self.adjustments(e);
        self.expr_as_operand_adj(e, &adjs)
    }

    /// Lowers `e` for its side effects; the value (if any) is dropped at the end of the scope.
    pub fn expr_effect(&mut self, e: ExprId) -> R<()> {
        let adjs = self.adjustments(e);
        if adjs.is_empty() && self.is_place_expr(e) {
            // A place expression statement (`x;`, `*p;`) only reads nothing; rustc emits a fake read.
            let _ = self.expr_as_place(e)?;
            return Ok(());
        }
        let ty = self.adjusted_ty(e, &adjs)?;
        let span = self.span(e);
        self.temp_init(ty, span, |this, p| this.expr_into_adj(e, &adjs, p, false))?;
        Ok(())
    }

    pub fn adjustments(&self, e: ExprId) -> Vec<ra_ap_hir_ty::Adjustment> {
        self.infer
            .expr_adjustment(e)
            .map(|a| a.to_vec())
            .unwrap_or_default()
    }

    /// The type of `e` after the given adjustments.
    pub fn adjusted_ty(&mut self, e: ExprId, adjs: &[ra_ap_hir_ty::Adjustment]) -> R<TyId> {
        match adjs.last() {
            Some(a) => self.ty(a.target.as_ref()),
            None => self.expr_ty(e),
        }
    }

    pub fn is_place_expr(&self, e: ExprId) -> bool {
        match &self.hir[e] {
            Expr::Path(_) => matches!(
                self.resolve_path(e),
                Some(ValueNs::LocalBinding(_) | ValueNs::StaticId(_))
            ),
            Expr::Field { .. } | Expr::Index { .. } => true,
            Expr::UnaryOp {
                op: ra_ap_hir_def::hir::UnaryOp::Deref,
                ..
            } => true,
            _ => false,
        }
    }

    /// Resolves a path expression in the value namespace at its scope.
    pub fn resolve_path(&self, e: ExprId) -> Option<ValueNs> {
        let Expr::Path(p) = &self.hir[e] else {
            return None;
        };
        let mut resolver = self.resolver.clone();
        let db = self.cx.db;
        let g = resolver.update_to_inner_scope(db, self.owner, e);
        let hygiene = self.hir.expr_path_hygiene(e);
        let r = resolver.resolve_path_in_value_ns_fully(db, p, hygiene);
        resolver.reset_to_guard(g);
        r
    }

    // ----- adjustments -----

    pub fn expr_into_adj(
        &mut self,
        e: ExprId,
        adjs: &[ra_ap_hir_ty::Adjustment],
        dest: &PlaceT,
        two_phase: bool,
    ) -> R<()> {
        let span = self.span(e);
        let Some((last, rest)) = adjs.split_last() else {
            return self.expr_into_raw(e, dest);
        };
        match &last.kind {
            Adjust::NeverToAny => {
                // The expression diverges; evaluate it for its effect.
                let ty = self.adjusted_ty(e, rest)?;
                let t = self.temp(ty, span);
                self.expr_into_adj(e, rest, &PlaceT::local(t, ty), false)?;
                Ok(())
            }
            Adjust::Deref(_) => {
                let p = self.expr_as_place_adj(e, adjs)?;
                let op = self.operand_of(&p, span);
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Adjust::Borrow(AutoBorrow::Ref(m)) => {
                // An autoref of a constant expression (`[1, 2].iter()`) is promoted like `&[1, 2]`.
                if rest.is_empty() && RaMut::from(*m) == RaMut::Not && self.promotable_raw(e) {
                    let ty = self.expr_ty(e)?;
                    let f = self.tydata(ty).flags;
                    if !f.needs_drop && !f.has_unsafe_cell {
                        let t = self.b.new_local(ty, None, span, false);
                        self.expr_into_raw(e, &PlaceT::local(t, ty))?;
                        self.assign(dest, Rvalue::Ref(BorrowKind::Shared, Place::local(t)), span);
                        return Ok(());
                    }
                }
                let p = self.expr_as_place_adj(e, rest)?;
                let kind = match RaMut::from(*m) {
                    RaMut::Not => BorrowKind::Shared,
                    RaMut::Mut if two_phase => BorrowKind::TwoPhaseMut,
                    RaMut::Mut => BorrowKind::Mut,
                };
                self.assign(dest, Rvalue::Ref(kind, p.place), span);
                Ok(())
            }
            Adjust::Borrow(AutoBorrow::RawPtr(m)) => {
                let p = self.expr_as_place_adj(e, rest)?;
                self.assign(dest, Rvalue::RawPtr(mutability(*m), p.place), span);
                Ok(())
            }
            Adjust::Pointer(cast) => {
                let src_ty = self.adjusted_ty(e, rest)?;
                let src_rty = match rest.last() {
                    Some(a) => self.mono(a.target.as_ref()),
                    None => self.expr_rty(e),
                };
                let op = self.expr_as_operand_adj(e, rest)?;
                let target_rty = self.mono(last.target.as_ref());
                let target = self.ty(target_rty)?;
                let rv = match cast {
                    PointerCast::ReifyFnPointer => {
                        self.reify_fn_pointer(op, src_ty, target, span)?
                    }
                    PointerCast::UnsafeFnPointer => Rvalue::Cast(CastKind::Transmute, op, target),
                    PointerCast::ClosureFnPointer(_) => {
                        Rvalue::Cast(CastKind::ClosureFnPointer, op, target)
                    }
                    PointerCast::MutToConstPointer | PointerCast::ArrayToPointer => {
                        Rvalue::Cast(CastKind::PtrToPtr, op, target)
                    }
                    PointerCast::Unsize => self.unsize(op, src_rty, target_rty, target, span)?,
                };
                self.assign(dest, rv, span);
                Ok(())
            }
        }
    }

    /// A fn item to a fn pointer: folded into a constant when the operand is the ZST fn item.
    fn reify_fn_pointer(
        &mut self,
        op: Operand,
        src_ty: TyId,
        target: TyId,
        _span: Span,
    ) -> R<Rvalue> {
        if let TyKind::FnDef(inst) = self.tydata(src_ty).kind {
            return Ok(Rvalue::Use(Operand::Const(Const {
                ty: target,
                kind: ConstKind::FnPtr(inst),
            })));
        }
        Ok(Rvalue::Cast(CastKind::ReifyFnPointer, op, target))
    }

    /// An unsizing coercion; to `dyn Trait` it carries the vtable of the source pointee.
    pub fn unsize(
        &mut self,
        op: Operand,
        src_rty: ra_ap_hir_ty::next_solver::Ty<'db>,
        target_rty: ra_ap_hir_ty::next_solver::Ty<'db>,
        target: TyId,
        span: Span,
    ) -> R<Rvalue> {
        // Find the pointees: walk both types in parallel through references, pointers and the first
        // field of single-field structs (Box, Rc, NonNull…) until they differ.
        let (src_p, dst_p) = unsize_pointees(self, src_rty, target_rty);
        if let (Some(s), Some(d)) = (src_p, dst_p)
            && matches!(d.kind(), RaTyKind::Dynamic(..))
            && !matches!(s.kind(), RaTyKind::Dynamic(..))
        {
            let vt = self.cx.vtable(s, d).map_err(|mut e| {
                if e.span.is_dummy() {
                    e.span = span;
                }
                e
            })?;
            return Ok(Rvalue::CastToDyn(op, target, vt));
        }
        Ok(Rvalue::Cast(CastKind::Unsize, op, target))
    }

    pub fn expr_as_place_adj(&mut self, e: ExprId, adjs: &[ra_ap_hir_ty::Adjustment]) -> R<PlaceT> {
        let span = self.span(e);
        let Some((last, rest)) = adjs.split_last() else {
            return self.expr_as_place_raw(e);
        };
        match &last.kind {
            Adjust::Deref(None) => {
                // In a closure body, `x` with autoderef may name a captured `*x`.
                if self.closure.is_some()
                    && adjs.iter().all(|a| matches!(a.kind, Adjust::Deref(None)))
                    && let Some(p) = self.captured_place_derefs(e, adjs.len())?
                {
                    return Ok(p);
                }
                let p = self.expr_as_place_adj(e, rest)?;
                let ty = self.ty(last.target.as_ref())?;
                Ok(PlaceT {
                    place: p.place.project(ProjElem::Deref),
                    ty,
                })
            }
            Adjust::Deref(Some(od)) => {
                let p = self.expr_as_place_adj(e, rest)?;
                let target = self.ty(last.target.as_ref())?;
                let m = match od.0 {
                    RaMut::Not => Mutability::Not,
                    RaMut::Mut => Mutability::Mut,
                };
                self.overloaded_deref(p, m, target, span)
            }
            _ => {
                let ty = self.ty(last.target.as_ref())?;
                self.temp_init(ty, span, |this, p| this.expr_into_adj(e, adjs, p, false))
            }
        }
    }

    pub fn expr_as_operand_adj(
        &mut self,
        e: ExprId,
        adjs: &[ra_ap_hir_ty::Adjustment],
    ) -> R<Operand> {
        let span = self.span(e);
        match adjs.last() {
            None => self.expr_as_operand_raw(e),
            Some(a) if matches!(a.kind, Adjust::Deref(_)) => {
                let p = self.expr_as_place_adj(e, adjs)?;
                Ok(self.operand_of(&p, span))
            }
            Some(a) => {
                let ty = self.ty(a.target.as_ref())?;
                let t = self.temp(ty, span);
                self.expr_into_adj(e, adjs, &PlaceT::local(t, ty), false)?;
                Ok(Operand::Move(Place::local(t)))
            }
        }
    }

    /// An operand for an unadjusted expression.
    pub fn expr_as_operand_raw(&mut self, e: ExprId) -> R<Operand> {
        let span = self.span(e);
        if let Expr::Literal(lit) = self.hir[e].clone() {
            let ty = self.expr_ty(e)?;
            return self.literal(lit, ty, span);
        }
        if let Some(op) = self.const_path_operand(e)? {
            return Ok(op);
        }
        if self.is_place_expr(e) {
            let p = self.expr_as_place_raw(e)?;
            return Ok(self.operand_of(&p, span));
        }
        let ty = self.expr_ty(e)?;
        let t = self.temp(ty, span);
        self.expr_into_raw(e, &PlaceT::local(t, ty))?;
        Ok(Operand::Move(Place::local(t)))
    }

    /// Paths that are constants: fn items (ZST), consts, unit structs/variants are handled by
    /// `expr_into_raw`; this gives an operand without a temporary for the ZST and const cases.
    fn const_path_operand(&mut self, e: ExprId) -> R<Option<Operand>> {
        if !matches!(self.hir[e], Expr::Path(_)) {
            return Ok(None);
        }
        if let Some((cand, args)) = self.infer.assoc_resolutions_for_expr(e) {
            return Ok(Some(match cand {
                CandidateId::ConstId(c) => {
                    let ty = self.expr_ty(e)?;
                    let inst = self.const_instance(c, args)?;
                    Operand::Const(Const {
                        ty,
                        kind: ConstKind::Unevaluated(inst),
                    })
                }
                CandidateId::FunctionId(_) => {
                    let ty = self.expr_ty(e)?;
                    self.const_zst(ty)
                }
            }));
        }
        if self.infer.variant_resolution_for_expr(e).is_some() {
            return Ok(None);
        }
        match self.resolve_path(e) {
            Some(ValueNs::ConstId(c)) => {
                let ty = self.expr_ty(e)?;
                let args = ra_ap_hir_ty::next_solver::GenericArgs::empty(self.interner());
                let inst = self.const_instance(c, args)?;
                Ok(Some(Operand::Const(Const {
                    ty,
                    kind: ConstKind::Unevaluated(inst),
                })))
            }
            Some(ValueNs::FunctionId(_)) => {
                let ty = self.expr_ty(e)?;
                Ok(Some(self.const_zst(ty)))
            }
            _ => Ok(None),
        }
    }

    // ----- the expression kinds -----

    pub fn expr_into_raw(&mut self, e: ExprId, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        let expr = self.hir[e].clone();
        match expr {
            Expr::Missing => Err(self.unsupported("incomplete expression", span)),
            Expr::Path(_) => self.path_into(e, dest),
            Expr::Literal(lit) => {
                let op = self.literal(lit, dest.ty, span)?;
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Expr::Block {
                statements,
                tail,
                label,
                ..
            } => match label {
                Some(label) => {
                    let end = self.b.new_block();
                    self.loops.push(LoopCtx {
                        label: Some(label),
                        continue_to: None,
                        break_to: end,
                        dest: dest.clone(),
                        scope_depth: self.b.scopes.len(),
                        is_loop: false,
                    });
                    let r = self.block_into(&statements, tail, dest, span);
                    self.loops.pop();
                    r?;
                    self.b.goto(end, span);
                    Ok(())
                }
                None => self.block_into(&statements, tail, dest, span),
            },
            Expr::Unsafe {
                statements, tail, ..
            } => self.block_into(&statements, tail, dest, span),
            Expr::Const(inner) => self.expr_into(inner, dest),
            Expr::If {
                condition,
                then_branch,
                else_branch,
            } => {
                let then_b = self.b.new_block();
                let else_b = self.b.new_block();
                let end = self.b.new_block();
                // The condition has its own temporary scope (dropped before either branch runs);
                // `if let` bindings live in the then-branch's scope.
                self.push_scope();
                self.cond_depth += 1;
                let r = self.cond(condition, then_b, else_b);
                self.cond_depth -= 1;
                r?;
                let cond_entries = self
                    .b
                    .scopes
                    .last()
                    .map(|s| s.entries.clone())
                    .unwrap_or_default();
                self.b.cur = then_b;
                self.expr_into(then_branch, dest)?;
                self.pop_scope(span);
                self.b.goto(end, span);
                self.b.cur = else_b;
                {
                    let tys = &self.cx.program.tys;
                    let nd = |t: TyId| tys.get(t).flags.needs_drop;
                    self.b.exit_entries(&cond_entries, span, &nd);
                }
                match else_branch {
                    Some(eb) => self.expr_into(eb, dest)?,
                    None => self.assign_unit(dest, span),
                }
                self.b.goto(end, span);
                Ok(())
            }
            Expr::Let { .. } => {
                // A `let` used as a boolean value outside `if`/`while` (only in let chains, which go
                // through `cond`); lower as a condition producing a bool.
                let t = self.b.new_block();
                let f = self.b.new_block();
                let end = self.b.new_block();
                self.cond(e, t, f)?;
                self.b.cur = t;
                let one = self.const_bool(true);
                self.assign(dest, Rvalue::Use(one), span);
                self.b.goto(end, span);
                self.b.cur = f;
                let zero = self.const_bool(false);
                self.assign(dest, Rvalue::Use(zero), span);
                self.b.goto(end, span);
                Ok(())
            }
            Expr::Match { expr, arms } => self.match_into(e, expr, &arms, dest),
            Expr::Loop { body, label, .. } => {
                let head = self.b.new_block();
                let end = self.b.new_block();
                self.b.goto(head, span);
                self.loops.push(LoopCtx {
                    label,
                    continue_to: Some(head),
                    break_to: end,
                    dest: dest.clone(),
                    scope_depth: self.b.scopes.len(),
                    is_loop: true,
                });
                self.push_scope();
                let r = self.expr_effect(body);
                self.pop_scope(span);
                self.loops.pop();
                r?;
                self.b.goto(head, span);
                self.b.cur = end;
                Ok(())
            }
            Expr::Break { expr, label } => {
                let idx = self.loop_index(label, span)?;
                let dest = self.loops[idx].dest.clone();
                match expr {
                    Some(v) => self.expr_into(v, &dest)?,
                    None => {
                        if self.loops[idx].is_loop {
                            self.assign_unit(&dest, span)
                        }
                    }
                }
                let depth = self.loops[idx].scope_depth;
                let target = self.loops[idx].break_to;
                self.exit_scopes_to(depth, span);
                self.b.diverge(TerminatorKind::Goto(target), span);
                Ok(())
            }
            Expr::Continue { label } => {
                let idx = self.loop_index(label, span)?;
                let Some(target) = self.loops[idx].continue_to else {
                    return Err(self.unsupported("`continue` to a labeled block", span));
                };
                let depth = self.loops[idx].scope_depth;
                self.exit_scopes_to(depth, span);
                self.b.diverge(TerminatorKind::Goto(target), span);
                Ok(())
            }
            Expr::Return { expr } => {
                let ret = PlaceT::local(bs_ir::RETURN_PLACE, self.ret_ty);
                match expr {
                    Some(v) => self.expr_into(v, &ret)?,
                    None => self.assign_unit(&ret, span),
                }
                self.return_here(span);
                Ok(())
            }
            Expr::Call { .. } | Expr::MethodCall { .. } => self.call_into(e, dest),
            Expr::RecordLit { fields, spread, .. } => {
                let Some(variant) = self.infer.variant_resolution_for_expr(e) else {
                    return Err(self.unsupported("record literal with an unresolved path", span));
                };
                let (vidx, field_count, is_union) = self.variant_info(variant);
                let mut ops: Vec<Option<Operand>> = vec![None; field_count];
                let spread_place = match spread {
                    RecordSpread::Expr(b) => Some(self.expr_as_place(b)?),
                    RecordSpread::None => None,
                    RecordSpread::FieldDefaults => {
                        return Err(
                            self.unsupported("default field values (`..` without a base)", span)
                        );
                    }
                };
                let vfields = variant.fields(self.cx.db);
                let mut union_field = None;
                for f in fields.iter() {
                    let Some(fid) = vfields.field(&f.name) else {
                        return Err(self.unsupported("unknown field in record literal", span));
                    };
                    let idx = u32::from(fid.into_raw()) as usize;
                    let op = self.expr_as_operand(f.expr)?;
                    if idx < ops.len() {
                        ops[idx] = Some(op);
                    }
                    union_field = Some(idx as u32);
                }
                if is_union {
                    let op = ops
                        .into_iter()
                        .flatten()
                        .next()
                        .unwrap_or_else(|| self.const_zst(self.unit));
                    self.assign(
                        dest,
                        Rvalue::Aggregate(
                            AggregateKind::Adt {
                                ty: dest.ty,
                                variant: 0,
                                active_field: union_field,
                            },
                            vec![op],
                        ),
                        span,
                    );
                    return Ok(());
                }
                let mut final_ops = Vec::new();
                for (i, op) in ops.into_iter().enumerate() {
                    match op {
                        Some(op) => final_ops.push(op),
                        None => match &spread_place {
                            Some(base) => {
                                let fty = self.field_ty(base.ty, 0, i as u32).unwrap_or(self.unit);
                                let fp = PlaceT {
                                    place: base
                                        .place
                                        .clone()
                                        .project(ProjElem::Field(i as u32, fty)),
                                    ty: fty,
                                };
                                let op = self.operand_of(&fp, span);
                                final_ops.push(op);
                            }
                            None => {
                                return Err(
                                    self.unsupported("missing field in record literal", span)
                                );
                            }
                        },
                    }
                }
                self.assign(
                    dest,
                    Rvalue::Aggregate(
                        AggregateKind::Adt {
                            ty: dest.ty,
                            variant: vidx,
                            active_field: None,
                        },
                        final_ops,
                    ),
                    span,
                );
                Ok(())
            }
            Expr::Field { .. } | Expr::Index { .. } => {
                let p = self.expr_as_place_raw(e)?;
                let op = self.operand_of(&p, span);
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Expr::UnaryOp { expr: inner, op } => self.unary_into(e, inner, op, dest),
            Expr::BinaryOp { lhs, rhs, op } => {
                let Some(op) = op else {
                    return Err(self.unsupported("incomplete binary expression", span));
                };
                self.binary_into(e, lhs, rhs, op, dest)
            }
            Expr::Assignment { target, value } => {
                self.assignment(e, target, value)?;
                self.assign_unit(dest, span);
                Ok(())
            }
            Expr::Cast { expr: inner, .. } => self.cast_into(e, inner, dest),
            Expr::Ref {
                expr: inner,
                rawness,
                mutability,
            } => {
                // `&CONSTANT_EXPR` is promoted by rustc to a `'static` allocation. Here the value
                // lives in a local of the whole function (no `StorageLive`/`StorageDead`), which is
                // enough unless the reference escapes the function.
                if matches!(rawness, ra_ap_hir_def::type_ref::Rawness::Ref)
                    && matches!(mutability, ra_ap_hir_def::type_ref::Mutability::Shared)
                    && self.promotable(inner)
                {
                    let ty = self.expr_ty(inner)?;
                    let f = self.tydata(ty).flags;
                    if !f.needs_drop && !f.has_unsafe_cell {
                        let t = self.b.new_local(ty, None, span, false);
                        let tp = PlaceT::local(t, ty);
                        self.expr_into(inner, &tp)?;
                        self.assign(dest, Rvalue::Ref(BorrowKind::Shared, Place::local(t)), span);
                        return Ok(());
                    }
                }
                let p = match self.extend.get(&e).copied() {
                    // An extending borrow: the temporaries holding the borrowed place live in
                    // the scope of the `let`.
                    Some(target) => {
                        let saved = self.temp_override.replace(target);
                        let r = self.expr_as_place(inner);
                        self.temp_override = saved;
                        r?
                    }
                    None => self.expr_as_place(inner)?,
                };
                let m = match mutability {
                    ra_ap_hir_def::type_ref::Mutability::Shared => Mutability::Not,
                    ra_ap_hir_def::type_ref::Mutability::Mut => Mutability::Mut,
                };
                let rv = match rawness {
                    ra_ap_hir_def::type_ref::Rawness::RawPtr => Rvalue::RawPtr(m, p.place),
                    ra_ap_hir_def::type_ref::Rawness::Ref => Rvalue::Ref(
                        if m == Mutability::Mut {
                            BorrowKind::Mut
                        } else {
                            BorrowKind::Shared
                        },
                        p.place,
                    ),
                };
                self.assign(dest, rv, span);
                Ok(())
            }
            Expr::Closure { .. } => self.closure_into(e, dest),
            Expr::Tuple { exprs } => {
                let mut ops = Vec::new();
                for x in exprs.iter() {
                    ops.push(self.expr_as_operand(*x)?);
                }
                self.assign(dest, Rvalue::Aggregate(AggregateKind::Tuple, ops), span);
                Ok(())
            }
            Expr::Array(Array::ElementList { elements }) => {
                let elem = match &self.tydata(dest.ty).kind {
                    TyKind::Array(t, _) => *t,
                    _ => return Err(self.unsupported("array literal of a non-array type", span)),
                };
                let mut ops = Vec::new();
                for x in elements.iter() {
                    ops.push(self.expr_as_operand(*x)?);
                }
                self.assign(
                    dest,
                    Rvalue::Aggregate(AggregateKind::Array(elem), ops),
                    span,
                );
                Ok(())
            }
            Expr::Array(Array::Repeat { initializer, .. }) => {
                let n = match &self.tydata(dest.ty).kind {
                    TyKind::Array(_, n) => *n,
                    _ => return Err(self.unsupported("array repeat of a non-array type", span)),
                };
                let op = self.expr_as_operand(initializer)?;
                self.assign(dest, Rvalue::Repeat(op, n), span);
                Ok(())
            }
            Expr::Underscore => Ok(()),
            Expr::Await { .. } => Err(self.unsupported("async/await", span)),
            Expr::Yield { .. } => Err(self.unsupported("generators (`yield`)", span)),
            Expr::Yeet { .. } => Err(self.unsupported("`do yeet`", span)),
            Expr::Become { .. } => Err(self.unsupported("tail calls (`become`)", span)),
            Expr::InlineAsm(_) => Err(self.unsupported("inline assembly", span)),
            Expr::OffsetOf(_) => Err(self.unsupported("`offset_of!`", span)),
            Expr::IncludeBytes => Err(self.unsupported("`include_bytes!`", span)),
        }
    }

    pub fn assign_unit(&mut self, dest: &PlaceT, span: Span) {
        if matches!(&self.tydata(dest.ty).kind, TyKind::Tuple(t) if t.is_empty()) {
            let op = self.const_zst(dest.ty);
            self.assign(dest, Rvalue::Use(op), span);
        }
    }

    fn loop_index(&self, label: Option<ra_ap_hir_def::hir::LabelId>, span: Span) -> R<usize> {
        let found = match label {
            Some(l) => self.loops.iter().rposition(|c| c.label == Some(l)),
            None => self.loops.iter().rposition(|c| c.is_loop),
        };
        found.ok_or_else(|| self.unsupported("`break`/`continue` outside of a loop", span))
    }

    /// (variant index, field count, is union) of a struct/variant/union.
    pub fn variant_info(&self, v: ra_ap_hir_def::VariantId) -> (u32, usize, bool) {
        let db = self.cx.db;
        let n = v.fields(db).fields().len();
        match v {
            ra_ap_hir_def::VariantId::EnumVariantId(ev) => (ev.index(db) as u32, n, false),
            ra_ap_hir_def::VariantId::StructId(_) => (0, n, false),
            ra_ap_hir_def::VariantId::UnionId(_) => (0, n, true),
        }
    }

    fn path_into(&mut self, e: ExprId, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        if let Some(op) = self.const_path_operand(e)? {
            self.assign(dest, Rvalue::Use(op), span);
            return Ok(());
        }
        if let Some(v) = self.infer.variant_resolution_for_expr(e) {
            return self.unit_variant_into(v, dest, span);
        }
        match self.resolve_path(e) {
            Some(ValueNs::LocalBinding(_) | ValueNs::StaticId(_)) => {
                let p = self.expr_as_place_raw(e)?;
                let op = self.operand_of(&p, span);
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Some(ValueNs::EnumVariantId(v)) => self.unit_variant_into(v.into(), dest, span),
            Some(ValueNs::StructId(s)) => self.unit_variant_into(s.into(), dest, span),
            Some(ValueNs::FunctionId(_) | ValueNs::ImplSelf(_)) => {
                let op = self.const_zst(dest.ty);
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Some(ValueNs::GenericParam(p)) => {
                let op = self.const_param(p, dest.ty, span)?;
                self.assign(dest, Rvalue::Use(op), span);
                Ok(())
            }
            Some(ValueNs::ConstId(_)) | None => Err(self.unsupported("unresolved path", span)),
        }
    }

    /// A unit struct/variant value, or a tuple constructor used as a value (a ZST fn item).
    fn unit_variant_into(
        &mut self,
        v: ra_ap_hir_def::VariantId,
        dest: &PlaceT,
        span: Span,
    ) -> R<()> {
        if matches!(self.tydata(dest.ty).kind, TyKind::FnDef(_)) {
            let op = self.const_zst(dest.ty);
            self.assign(dest, Rvalue::Use(op), span);
            return Ok(());
        }
        let (vidx, _, _) = self.variant_info(v);
        self.assign(
            dest,
            Rvalue::Aggregate(
                AggregateKind::Adt {
                    ty: dest.ty,
                    variant: vidx,
                    active_field: None,
                },
                vec![],
            ),
            span,
        );
        Ok(())
    }

    /// The value of a const generic parameter of the instance.
    fn const_param(&mut self, p: ra_ap_hir_def::ConstParamId, ty: TyId, span: Span) -> R<Operand> {
        use ra_ap_hir_ty::next_solver::{Const as RaConst, ConstKind as RaConstKind, ParamConst};
        let db = self.cx.db;
        let generics_owner = p.parent();
        use ra_ap_rustc_type_ir::inherent::GenericArgs as _;
        let idx = ra_ap_hir_ty::next_solver::GenericArgs::identity_for_item(
            self.interner(),
            generics_owner.into(),
        )
        .iter()
        .position(|a| {
            a.konst()
                .is_some_and(|c| matches!(c.kind(), RaConstKind::Param(pc) if pc.id == p))
        });
        let _ = (db, ParamConst::clone);
        if let Some(i) = idx
            && let Some(c) = self.cx.mono.subst.as_slice().get(i).and_then(|a| a.konst())
        {
            let c: RaConst<'db> = c;
            if let Some(bits) = ra_ap_hir_ty::consteval::try_const_usize(self.cx.db, c) {
                return Ok(self.const_scalar(ty, bits));
            }
        }
        Err(self.unsupported("this use of a const generic parameter", span))
    }

    // ----- literals -----

    pub fn literal(&mut self, lit: Literal, ty: TyId, span: Span) -> R<Operand> {
        let kind = self.tydata(ty).kind.clone();
        Ok(match lit {
            Literal::Bool(b) => self.const_scalar(ty, b as u128),
            Literal::Char(c) => self.const_scalar(ty, c as u128),
            Literal::Int(v, _) => match kind {
                TyKind::Float(f) => self.const_scalar(ty, float_bits(f, &v.to_string())),
                _ => self.const_scalar(ty, truncate(v as u128, self.tydata(ty).layout.size)),
            },
            Literal::Uint(v, _) => match kind {
                TyKind::Float(f) => self.const_scalar(ty, float_bits(f, &v.to_string())),
                _ => self.const_scalar(ty, truncate(v, self.tydata(ty).layout.size)),
            },
            Literal::Float(f, _) => match kind {
                TyKind::Float(ft) => self.const_scalar(ty, float_bits(ft, &f.to_string())),
                _ => return Err(self.unsupported("float literal of a non-float type", span)),
            },
            Literal::String(s) => {
                let bytes = s.as_str().as_bytes().to_vec();
                self.bytes_const(bytes, ty)
            }
            Literal::ByteString(b) => self.bytes_const(b.to_vec(), ty),
            Literal::CString(b) => {
                let mut v = b.to_vec();
                v.push(0);
                self.bytes_const(v, ty)
            }
        })
    }

    /// A reference to read-only literal bytes of type `ty` (`&str`, `&[u8; N]`, `&[u8]`, `&CStr`).
    pub fn bytes_const(&mut self, bytes: Vec<u8>, ty: TyId) -> Operand {
        let pointee = self.pointee(ty).unwrap_or(ty);
        let sid = self.cx.bytes_static(bytes, pointee);
        Operand::Const(Const {
            ty,
            kind: ConstKind::Bytes(sid),
        })
    }

    // ----- blocks and statements -----

    pub fn block_into(
        &mut self,
        stmts: &[Statement],
        tail: Option<ExprId>,
        dest: &PlaceT,
        span: Span,
    ) -> R<()> {
        self.block_outer.push(self.b.scopes.len() - 1);
        let saved = self.temp_override.take();
        let r = self.block_into_inner(stmts, tail, dest, span);
        self.temp_override = saved;
        self.block_outer.pop();
        r
    }

    fn block_into_inner(
        &mut self,
        stmts: &[Statement],
        tail: Option<ExprId>,
        dest: &PlaceT,
        span: Span,
    ) -> R<()> {
        self.push_scope();
        for s in stmts {
            match s {
                Statement::Let {
                    pat,
                    initializer,
                    else_branch,
                    ..
                } => {
                    self.let_stmt(*pat, *initializer, *else_branch)?;
                }
                Statement::Expr { expr, .. } => {
                    let espan = self.span(*expr);
                    self.push_scope();
                    self.expr_effect(*expr)?;
                    self.pop_scope(espan);
                }
                Statement::Item(_) => {}
            }
        }
        match tail {
            Some(t) => self.expr_into(t, dest)?,
            None => {
                if !self.block_diverges(stmts) {
                    self.assign_unit(dest, span);
                }
            }
        }
        self.pop_scope(span);
        Ok(())
    }

    fn block_diverges(&self, _stmts: &[Statement]) -> bool {
        false
    }

    fn let_stmt(
        &mut self,
        pat: ra_ap_hir_def::hir::PatId,
        init: Option<ExprId>,
        else_branch: Option<ExprId>,
    ) -> R<()> {
        let span = self.pat_span(pat);
        let Some(init) = init else {
            // `let x;`: the bindings exist but are uninitialised until assigned.
            let mut bids = Vec::new();
            self.hir.walk_bindings_in_pat(pat, |b| bids.push(b));
            for b in bids {
                let l = self.declare_binding(b, span)?;
                let p = Place::local(l);
                if self.needs_drop(self.b.locals[l.index()].ty) {
                    self.b.mark_moved(&p, span);
                }
            }
            return Ok(());
        };
        // Simple `let x = e;` (by value): evaluate straight into the binding's local, which is
        // scheduled for drop only once initialised.
        if else_branch.is_none()
            && let Pat::Bind { id, subpat: None } = self.hir[pat]
            && matches!(
                self.infer.binding_mode(pat),
                None | Some(ra_ap_hir_ty::BindingMode(ra_ap_hir_ty::ByRef::No, _))
            )
            && self.infer.pat_adjustment(pat).is_none_or(|a| a.is_empty())
        {
            let local = self.binding_local_unscheduled(id, span)?;
            let ty = self.b.locals[local.index()].ty;
            let dest = PlaceT::local(local, ty);
            // rust-analyzer's desugaring of `format_args!` uses `let` for what rustc writes as
            // `super let` (generated binding names): those live in the scope enclosing the block.
            let super_let = self.hir[id].name.as_str().starts_with("<ra@");
            let target = if super_let {
                self.block_outer.last().copied().unwrap_or(0)
            } else {
                self.b.scopes.len() - 1
            };
            // Temporaries borrowed in extending positions (`let x = &temp;`, `(&a, &b)`, …) live
            // as long as the binding.
            let mut refs = Vec::new();
            self.extending_refs(init, &mut refs);
            for r in &refs {
                self.extend.insert(*r, target);
            }
            self.push_scope();
            let res = self.expr_into(init, &dest);
            for r in &refs {
                self.extend.remove(r);
            }
            res?;
            self.pop_scope(span);
            let drop = self.needs_drop(ty);
            self.b.scopes[target]
                .entries
                .push(super::builder::ScopeEntry {
                    local,
                    drop,
                    storage: true,
                });
            return Ok(());
        }
        // General patterns: evaluate the initializer as a place (its temporaries live to the end of
        // the block when the pattern binds by reference), then match.
        let by_ref = self.pat_binds_by_ref(pat);
        if !by_ref {
            self.push_scope();
        }
        let place = self.expr_as_place(init)?;
        match else_branch {
            None => self.irrefutable_pat(pat, &place)?,
            Some(eb) => {
                let fail = self.b.new_block();
                let mut binds = Vec::new();
                self.pat_test(pat, &place, fail, &mut binds)?;
                let ok = self.b.cur;
                self.b.cur = fail;
                let t = self.expr_ty(eb)?;
                let tmp = self.temp(t, span);
                self.expr_into(eb, &PlaceT::local(tmp, t))?;
                self.b.diverge(TerminatorKind::Unreachable, span);
                self.b.cur = ok;
                // Bindings go to the enclosing block scope.
                if !by_ref {
                    let scope = self.b.scopes.pop().expect("statement scope");
                    self.emit_binds(binds, super::pattern::BindMode::Normal)?;
                    self.b.scopes.push(scope);
                } else {
                    self.emit_binds(binds, super::pattern::BindMode::Normal)?;
                }
            }
        }
        if !by_ref {
            // Pop the statement scope but keep the bindings (declared inside it) alive: move their
            // entries to the enclosing scope.
            let scope = self.b.scopes.pop().expect("statement scope");
            let (keep, temps): (Vec<_>, Vec<_>) = scope
                .entries
                .into_iter()
                .partition(|en| self.bindings.values().any(|l| *l == en.local));
            self.b.scopes.push(super::builder::Scope { entries: temps });
            self.pop_scope(span);
            for en in keep {
                self.b.schedule(en);
            }
        }
        Ok(())
    }

    /// Whether `e` is a constant expression rustc would promote behind a `&` (literals, negated
    /// literals, tuples/arrays of those, constructor calls and unit variants with such fields).
    fn promotable(&self, e: ExprId) -> bool {
        self.adjustments(e).is_empty() && self.promotable_raw(e)
    }

    /// `promotable` ignoring the adjustments of `e` itself.
    fn promotable_raw(&self, e: ExprId) -> bool {
        match &self.hir[e] {
            // String literals are `&'static str` constants: `&"q"` is promoted like `&1`.
            Expr::Literal(_) => true,
            Expr::UnaryOp {
                expr,
                op: ra_ap_hir_def::hir::UnaryOp::Neg | ra_ap_hir_def::hir::UnaryOp::Not,
            } => matches!(self.hir[*expr], Expr::Literal(_)) && self.adjustments(*expr).is_empty(),
            Expr::Tuple { exprs } => exprs.iter().all(|x| self.promotable(*x)),
            Expr::Array(Array::ElementList { elements }) => {
                elements.iter().all(|x| self.promotable(*x))
            }
            Expr::Array(Array::Repeat { initializer, .. }) => self.promotable(*initializer),
            Expr::Call { callee, args } => {
                self.infer.method_resolution(e).is_none()
                    && matches!(
                        self.expr_rty(*callee).kind(),
                        RaTyKind::FnDef(def, _) if !matches!(def.0, ra_ap_hir_def::CallableDefId::FunctionId(_))
                    )
                    && args.iter().all(|x| self.promotable(*x))
            }
            Expr::Path(_) => {
                self.infer.variant_resolution_for_expr(e).is_some()
                    || matches!(
                        self.resolve_path(e),
                        Some(ValueNs::StructId(_) | ValueNs::EnumVariantId(_))
                    )
            }
            _ => false,
        }
    }

    /// The `&expr` sub-expressions of a `let` initializer whose temporaries are extended
    /// (rustc's "extending expressions": the initializer, operands of extending borrows, tuple /
    /// array / struct literal fields, cast operands and block tails).
    fn extending_refs(&self, e: ExprId, out: &mut Vec<ExprId>) {
        if !self.adjustments(e).is_empty() {
            return;
        }
        match &self.hir[e] {
            Expr::Ref { expr, .. } => {
                out.push(e);
                self.extending_refs(*expr, out);
            }
            Expr::Tuple { exprs } => exprs.iter().for_each(|x| self.extending_refs(*x, out)),
            Expr::Array(Array::ElementList { elements }) => {
                elements.iter().for_each(|x| self.extending_refs(*x, out))
            }
            Expr::RecordLit { fields, .. } => {
                fields.iter().for_each(|f| self.extending_refs(f.expr, out))
            }
            Expr::Cast { expr, .. } => self.extending_refs(*expr, out),
            Expr::Block {
                tail: Some(t),
                label: None,
                ..
            }
            | Expr::Unsafe { tail: Some(t), .. } => self.extending_refs(*t, out),
            _ => {}
        }
    }

    fn pat_binds_by_ref(&self, pat: ra_ap_hir_def::hir::PatId) -> bool {
        let mut by_ref = false;
        self.hir.walk_pats(pat, &mut |p| {
            if let Some(ra_ap_hir_ty::BindingMode(ra_ap_hir_ty::ByRef::Yes(_), _)) =
                self.infer.binding_mode(p)
            {
                by_ref = true;
            }
        });
        by_ref
    }

    /// The local of a binding, with StorageLive but not yet scheduled for drop.
    pub fn binding_local_unscheduled(
        &mut self,
        bid: ra_ap_hir_def::hir::BindingId,
        span: Span,
    ) -> R<bs_ir::LocalId> {
        let rty = self.infer.binding_ty(bid);
        let ty = self.ty(rty)?;
        let binding = &self.hir[bid];
        let name = binding.name.as_str().to_string();
        let mutable = matches!(binding.mode, ra_ap_hir_def::hir::BindingAnnotation::Mutable);
        let l = self.b.new_local(ty, Some(name), span, mutable);
        self.bindings.insert(bid, l);
        self.b.push(StatementKind::StorageLive(l), span);
        Ok(l)
    }

    pub fn schedule_binding(&mut self, l: bs_ir::LocalId) {
        let drop = self.needs_drop(self.b.locals[l.index()].ty);
        self.b.schedule(super::builder::ScopeEntry {
            local: l,
            drop,
            storage: true,
        });
    }

    // ----- conditions -----

    /// Lowers a condition (a boolean expression, `let` pattern, or `&&`-chain of those) branching to
    /// `t` or `f`. Bindings of `let` conditions are declared in the current scope.
    pub fn cond(&mut self, c: ExprId, t: bs_ir::BlockId, f: bs_ir::BlockId) -> R<()> {
        let span = self.span(c);
        match self.hir[c].clone() {
            Expr::Let { pat, expr } => {
                let place = self.expr_as_place(expr)?;
                let mut binds = Vec::new();
                self.pat_test(pat, &place, f, &mut binds)?;
                self.emit_binds(binds, super::pattern::BindMode::Normal)?;
                self.b.goto(t, span);
                Ok(())
            }
            Expr::BinaryOp {
                lhs,
                rhs,
                op: Some(ra_ap_hir_def::hir::BinaryOp::LogicOp(ra_ap_hir_def::hir::LogicOp::And)),
            } if self.adjustments(c).is_empty() => {
                let mid = self.b.new_block();
                self.cond(lhs, mid, f)?;
                self.b.cur = mid;
                self.cond(rhs, t, f)
            }
            _ => {
                let op = self.expr_as_operand(c)?;
                self.b.terminate(
                    TerminatorKind::SwitchInt {
                        discr: op,
                        targets: vec![(0, f)],
                        otherwise: t,
                    },
                    span,
                );
                self.b.cur = self.b.new_block();
                Ok(())
            }
        }
    }

    // ----- match -----

    fn match_into(&mut self, e: ExprId, scrut: ExprId, arms: &[MatchArm], dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        let place = self.expr_as_place(scrut)?;
        let end = self.b.new_block();
        for arm in arms {
            let next = self.b.new_block();
            self.push_scope();
            let mut binds = Vec::new();
            self.pat_test(arm.pat, &place, next, &mut binds)?;
            match arm.guard {
                Some(g) => {
                    self.emit_binds(binds.clone(), super::pattern::BindMode::ForGuard)?;
                    let ok = self.b.new_block();
                    let gspan = self.span(g);
                    self.push_scope();
                    let op = self.expr_as_operand(g)?;
                    let tb = self.b.new_block();
                    let fb = self.b.new_block();
                    self.b.terminate(
                        TerminatorKind::SwitchInt {
                            discr: op,
                            targets: vec![(0, fb)],
                            otherwise: tb,
                        },
                        gspan,
                    );
                    self.b.cur = fb;
                    let depth = self.b.scopes.len() - 1;
                    self.exit_scopes_to(depth, gspan);
                    self.b.goto(next, gspan);
                    self.b.cur = tb;
                    self.pop_scope(gspan);
                    self.b.goto(ok, gspan);
                    self.emit_binds(binds, super::pattern::BindMode::AfterGuard)?;
                }
                None => self.emit_binds(binds, super::pattern::BindMode::Normal)?,
            }
            self.expr_into(arm.expr, dest)?;
            self.pop_scope(span);
            self.b.goto(end, span);
            self.b.cur = next;
        }
        // No arm matched: unreachable for exhaustive matches.
        self.b.terminate(TerminatorKind::Unreachable, span);
        self.b.cur = end;
        Ok(())
    }

    // ----- casts -----

    fn cast_into(&mut self, e: ExprId, inner: ExprId, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        let src_rty = self.mono(
            self.infer
                .type_of_expr_with_adjust(inner)
                .unwrap_or(self.infer.expr_ty(inner)),
        );
        let src = self.ty(src_rty)?;
        let dst = dest.ty;
        // `&mut x as *mut T`: a raw borrow (Miri retags it as raw).
        if let Expr::Ref {
            expr: place_e,
            mutability,
            ..
        } = self.hir[inner].clone()
            && self.adjustments(inner).is_empty()
            && matches!(self.tydata(dst).kind, TyKind::RawPtr(..))
        {
            let p = self.expr_as_place(place_e)?;
            let m = if matches!(mutability, ra_ap_hir_def::type_ref::Mutability::Mut) {
                Mutability::Mut
            } else {
                Mutability::Not
            };
            let ptr_ty = self.ref_ty_of(p.ty, m, true)?;
            if ptr_ty == dst {
                self.assign(dest, Rvalue::RawPtr(m, p.place), span);
            } else {
                let t = self.temp(ptr_ty, span);
                self.assign(&PlaceT::local(t, ptr_ty), Rvalue::RawPtr(m, p.place), span);
                self.assign(
                    dest,
                    Rvalue::Cast(CastKind::PtrToPtr, Operand::Move(Place::local(t)), dst),
                    span,
                );
            }
            return Ok(());
        }
        let op = self.expr_as_operand(inner)?;
        let sk = self.tydata(src).kind.clone();
        let dk = self.tydata(dst).kind.clone();
        use TyKind as K;
        let kind = match (&sk, &dk) {
            _ if src == dst => {
                self.assign(dest, Rvalue::Use(op), span);
                return Ok(());
            }
            (K::Int(_) | K::Bool | K::Char, K::Int(_)) => CastKind::IntToInt,
            (K::Int(_), K::Char) => CastKind::IntToInt,
            (K::Adt(..), K::Int(_)) => {
                // A fieldless enum to its discriminant.
                let st = PlaceT {
                    place: Place::local(bs_ir::RETURN_PLACE),
                    ty: src,
                };
                let _ = st;
                let t = self.temp(src, span);
                self.assign(&PlaceT::local(t, src), Rvalue::Use(op), span);
                let dty = self.discr_ty(src);
                let d = self.temp(dty, span);
                self.assign(
                    &PlaceT::local(d, dty),
                    Rvalue::Discriminant(Place::local(t)),
                    span,
                );
                let rv = if dty == dst {
                    Rvalue::Use(Operand::Copy(Place::local(d)))
                } else {
                    Rvalue::Cast(CastKind::IntToInt, Operand::Copy(Place::local(d)), dst)
                };
                self.assign(dest, rv, span);
                return Ok(());
            }
            (K::Int(_), K::Float(_)) => CastKind::IntToFloat,
            (K::Float(_), K::Int(_)) => CastKind::FloatToInt,
            (K::Float(_), K::Float(_)) => CastKind::FloatToFloat,
            (K::RawPtr(..) | K::FnPtr(_), K::Int(_)) => CastKind::PointerExposeAddress,
            (K::Int(_), K::RawPtr(..)) => CastKind::PointerWithExposedProvenance,
            (K::RawPtr(..) | K::Ref(..), K::RawPtr(..)) => {
                // `&T as *const T` is a coercion (a raw retag of the reference's pointee would need
                // a place; keep it a pointer-to-pointer cast).
                let sp = self.pointee(src);
                let dp = self.pointee(dst);
                if let (Some(sp), Some(dp)) = (sp, dp)
                    && !self.tys().is_unsized(sp)
                    && self.tys().is_unsized(dp)
                {
                    let rv =
                        self.unsize(op, src_rty, self.mono(self.infer.expr_ty(e)), dst, span)?;
                    self.assign(dest, rv, span);
                    return Ok(());
                }
                CastKind::PtrToPtr
            }
            (K::FnDef(inst), K::FnPtr(_)) => {
                let inst = *inst;
                self.assign(
                    dest,
                    Rvalue::Use(Operand::Const(Const {
                        ty: dst,
                        kind: ConstKind::FnPtr(inst),
                    })),
                    span,
                );
                return Ok(());
            }
            (K::FnPtr(_), K::RawPtr(..)) => CastKind::PtrToPtr,
            // Types equal up to lifetimes (`Box<dyn Tr + 'static>` as `Box<dyn Tr + '_>`).
            (K::Adt(a, _), K::Adt(b, _)) if a == b => CastKind::Transmute,
            (K::Ref(..), K::Ref(..)) => {
                let sp = self.pointee(src);
                let dp = self.pointee(dst);
                if let (Some(sp), Some(dp)) = (sp, dp)
                    && !self.tys().is_unsized(sp)
                    && self.tys().is_unsized(dp)
                {
                    let rv =
                        self.unsize(op, src_rty, self.mono(self.infer.expr_ty(e)), dst, span)?;
                    self.assign(dest, rv, span);
                    return Ok(());
                }
                CastKind::Transmute
            }
            (K::Closure(..), K::FnPtr(_)) => CastKind::ClosureFnPointer,
            _ => {
                return Err(self.unsupported(
                    format!(
                        "cast from `{}` to `{}`",
                        self.tydata(src).name,
                        self.tydata(dst).name
                    ),
                    span,
                ));
            }
        };
        self.assign(dest, Rvalue::Cast(kind, op, dst), span);
        Ok(())
    }

    /// The integer type `Rvalue::Discriminant` produces for an enum (its tag's type; `isize` if the
    /// layout does not say).
    pub fn discr_ty(&mut self, enum_ty: TyId) -> TyId {
        let interner = self.interner();
        let _ = enum_ty;
        let isize_rty =
            ra_ap_hir_ty::next_solver::Ty::new_int(interner, ra_ap_rustc_type_ir::IntTy::Isize);
        self.ty(isize_rty).unwrap_or(self.usize_ty)
    }

    /// An assertion terminator; code continues in a fresh block.
    pub fn assert(&mut self, cond: Operand, expected: bool, msg: AssertMessage, span: Span) {
        let next = self.b.new_block();
        self.b.terminate(
            TerminatorKind::Assert {
                cond,
                expected,
                msg,
                target: next,
            },
            span,
        );
        self.b.cur = next;
    }

    #[allow(dead_code)]
    fn binop_unused(&self) -> BinOp {
        BinOp::Add
    }
}

fn mutability(m: RaMut) -> Mutability {
    match m {
        RaMut::Not => Mutability::Not,
        RaMut::Mut => Mutability::Mut,
    }
}

pub(super) fn truncate(v: u128, size: u64) -> u128 {
    if size >= 16 {
        v
    } else {
        v & ((1u128 << (size * 8)) - 1)
    }
}

/// IEEE bits of a float literal (parsed by Rust's own correctly rounded parser).
fn float_bits(f: bs_ir::FloatTy, text: &str) -> u128 {
    let text: String = text.chars().filter(|c| *c != '_').collect();
    match f {
        bs_ir::FloatTy::F32 => text
            .parse::<f32>()
            .map(|v| v.to_bits() as u128)
            .unwrap_or(0),
        bs_ir::FloatTy::F64 => text
            .parse::<f64>()
            .map(|v| v.to_bits() as u128)
            .unwrap_or(0),
    }
}

/// The pointee types an unsizing coercion converts between: the pointees of two references /
/// pointers, or the first differing type argument of the same smart pointer (`Box<T>`, `Rc<T>`,
/// `NonNull<T>`…).
fn unsize_pointees<'db>(
    _l: &Lower<'_, '_, 'db>,
    a: ra_ap_hir_ty::next_solver::Ty<'db>,
    b: ra_ap_hir_ty::next_solver::Ty<'db>,
) -> (
    Option<ra_ap_hir_ty::next_solver::Ty<'db>>,
    Option<ra_ap_hir_ty::next_solver::Ty<'db>>,
) {
    match (a.kind(), b.kind()) {
        (
            RaTyKind::Ref(_, x, _) | RaTyKind::RawPtr(x, _),
            RaTyKind::Ref(_, y, _) | RaTyKind::RawPtr(y, _),
        ) => (Some(x), Some(y)),
        (RaTyKind::Adt(da, aa), RaTyKind::Adt(db_, ab)) if da == db_ => {
            for (x, y) in aa.iter().zip(ab.iter()) {
                if let (Some(x), Some(y)) = (x.ty(), y.ty())
                    && x != y
                {
                    return (Some(x), Some(y));
                }
            }
            (None, None)
        }
        _ => (None, None),
    }
}
