//! Operators: builtin unary/binary operators on primitives with the panics a debug build has
//! (overflow of `+ - *`, division by zero and `MIN / -1`, shift amounts ≥ the bit width, `-MIN`),
//! short-circuiting `&&`/`||`, overloaded operators as trait method calls, plain and compound
//! assignment (with the drop of the old value, and destructuring assignment).
//!
//! Builtin comparisons ignore the autorefs the type checker recorded for the `PartialEq`/`PartialOrd`
//! method (rust-analyzer's own MIR keeps them and compares the references; see frontend-facts.md §4,
//! quirk 5).

use ra_ap_hir_def::hir::{
    ArithOp, BinaryOp, CmpOp, ExprId, LogicOp, Ordering, Pat, PatId, UnaryOp,
};
use ra_ap_hir_ty::{
    Adjust, Adjustment,
    next_solver::{Ty, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::inherent::{IntoKind, Ty as _};

use bs_ir::{
    AssertMessage, BinOp, BorrowKind, IntTy, Operand, Place, ProjElem, Rvalue, Span,
    TerminatorKind, TyId, TyKind, UnOp,
};

use super::{Lower, PlaceT, R};

fn is_prim(t: Ty<'_>) -> bool {
    matches!(
        t.kind(),
        RaTyKind::Bool | RaTyKind::Char | RaTyKind::Int(_) | RaTyKind::Uint(_) | RaTyKind::Float(_)
    )
}

/// The adjustments without trailing autorefs (added for the operator trait's `&self`).
fn strip_borrows(adjs: &[Adjustment]) -> Vec<Adjustment> {
    let mut v = adjs.to_vec();
    while matches!(v.last(), Some(a) if matches!(a.kind, Adjust::Borrow(_))) {
        v.pop();
    }
    v
}

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    fn builtin_binop(&self, lhs: ExprId, rhs: ExprId, op: BinaryOp) -> bool {
        let l = self.expr_rty(lhs);
        let r = self.expr_rty(rhs);
        if matches!(op, BinaryOp::CmpOp(_))
            && matches!(l.kind(), RaTyKind::RawPtr(..))
            && matches!(r.kind(), RaTyKind::RawPtr(..))
        {
            return true;
        }
        if matches!(op, BinaryOp::CmpOp(_))
            && matches!(l.kind(), RaTyKind::FnPtr(..))
            && matches!(r.kind(), RaTyKind::FnPtr(..))
        {
            return true;
        }
        let shift = matches!(
            op,
            BinaryOp::ArithOp(ArithOp::Shl | ArithOp::Shr)
                | BinaryOp::Assignment {
                    op: Some(ArithOp::Shl | ArithOp::Shr)
                }
        );
        is_prim(l) && is_prim(r) && (l == r || shift)
    }

    /// An operand for an operator's operand without the operator-method autorefs.
    fn op_operand(&mut self, e: ExprId) -> R<Operand> {
        let adjs = strip_borrows(&self.adjustments(e));
        self.expr_as_operand_adj(e, &adjs)
    }

    pub fn binary_into(
        &mut self,
        e: ExprId,
        lhs: ExprId,
        rhs: ExprId,
        op: BinaryOp,
        dest: &PlaceT,
    ) -> R<()> {
        let span = self.span(e);
        if let BinaryOp::LogicOp(lop) = op {
            // Short circuit; each operand is its own temporary scope.
            let short = self.b.new_block();
            let long = self.b.new_block();
            let end = self.b.new_block();
            let lt = self.temp(self.bool_ty, span);
            let bool_ty = self.bool_ty;
            self.push_scope();
            let l = self.expr_as_operand(lhs)?;
            self.assign(&PlaceT::local(lt, bool_ty), Rvalue::Use(l), span);
            self.pop_scope(span);
            let (on_false, on_true) = match lop {
                LogicOp::And => (short, long),
                LogicOp::Or => (long, short),
            };
            self.b.terminate(
                TerminatorKind::SwitchInt {
                    discr: Operand::Copy(Place::local(lt)),
                    targets: vec![(0, on_false)],
                    otherwise: on_true,
                },
                span,
            );
            self.b.cur = short;
            let v = self.const_bool(matches!(lop, LogicOp::Or));
            self.assign(dest, Rvalue::Use(v), span);
            self.b.goto(end, span);
            self.b.cur = long;
            self.push_scope();
            let r = self.expr_as_operand(rhs)?;
            self.assign(dest, Rvalue::Use(r), span);
            self.pop_scope(span);
            self.b.goto(end, span);
            return Ok(());
        }
        if let BinaryOp::Assignment { op: aop } = op {
            match aop {
                None => {
                    // `a = b` as a BinaryOp (rust-analyzer uses `Expr::Assignment`; keep for safety).
                    let v = self.expr_as_operand(rhs)?;
                    let p = self.expr_as_place(lhs)?;
                    self.drop_place_value(&p, span);
                    self.assign(&p, Rvalue::Use(v), span);
                }
                Some(aop) => self.compound_assign(e, lhs, rhs, aop, op)?,
            }
            self.assign_unit(dest, span);
            return Ok(());
        }
        if !self.builtin_binop(lhs, rhs, op) {
            return self.overloaded_binop(e, lhs, rhs, dest, span);
        }
        let l = self.op_operand(lhs)?;
        let r = self.op_operand(rhs)?;
        let lty = self.ty(self.expr_rty(lhs))?;
        let rty = self.ty(self.expr_rty(rhs))?;
        match op {
            BinaryOp::CmpOp(c) => {
                let bop = match c {
                    CmpOp::Eq { negated: false } => BinOp::Eq,
                    CmpOp::Eq { negated: true } => BinOp::Ne,
                    CmpOp::Ord {
                        ordering: Ordering::Less,
                        strict: true,
                    } => BinOp::Lt,
                    CmpOp::Ord {
                        ordering: Ordering::Less,
                        strict: false,
                    } => BinOp::Le,
                    CmpOp::Ord {
                        ordering: Ordering::Greater,
                        strict: true,
                    } => BinOp::Gt,
                    CmpOp::Ord {
                        ordering: Ordering::Greater,
                        strict: false,
                    } => BinOp::Ge,
                };
                self.assign(dest, Rvalue::BinaryOp(bop, l, r), span);
                Ok(())
            }
            BinaryOp::ArithOp(a) => {
                let rv = self.checked_arith(a, l, r, lty, rty, span)?;
                self.assign(dest, rv, span);
                Ok(())
            }
            _ => unreachable!("handled above"),
        }
    }

    /// The builtin arithmetic `l op r` on values of type `lty` with debug-build overflow checks;
    /// returns the rvalue of the result.
    pub fn checked_arith(
        &mut self,
        a: ArithOp,
        l: Operand,
        r: Operand,
        lty: TyId,
        rty: TyId,
        span: Span,
    ) -> R<Rvalue> {
        let int = match self.tydata(lty).kind {
            TyKind::Int(i) => Some(i),
            _ => None,
        };
        let bop = match a {
            ArithOp::Add => BinOp::Add,
            ArithOp::Sub => BinOp::Sub,
            ArithOp::Mul => BinOp::Mul,
            ArithOp::Div => BinOp::Div,
            ArithOp::Rem => BinOp::Rem,
            ArithOp::Shl => BinOp::Shl,
            ArithOp::Shr => BinOp::Shr,
            ArithOp::BitXor => BinOp::BitXor,
            ArithOp::BitOr => BinOp::BitOr,
            ArithOp::BitAnd => BinOp::BitAnd,
        };
        let Some(int) = int else {
            return Ok(Rvalue::BinaryOp(bop, l, r));
        };
        match bop {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let wop = match bop {
                    BinOp::Add => BinOp::AddWithOverflow,
                    BinOp::Sub => BinOp::SubWithOverflow,
                    _ => BinOp::MulWithOverflow,
                };
                let pair_ty = self.pair_with_bool(lty)?;
                let t = self.temp(pair_ty, span);
                self.assign(
                    &PlaceT::local(t, pair_ty),
                    Rvalue::BinaryOp(wop, l, r),
                    span,
                );
                let flag = Place::local(t).project(ProjElem::Field(1, self.bool_ty));
                self.assert(
                    Operand::Copy(flag),
                    false,
                    AssertMessage::Overflow(bop),
                    span,
                );
                Ok(Rvalue::Use(Operand::Copy(
                    Place::local(t).project(ProjElem::Field(0, lty)),
                )))
            }
            BinOp::Div | BinOp::Rem => {
                // Evaluate the operands once.
                let (l, r) = (
                    self.operand_to_local(l, lty, span),
                    self.operand_to_local(r, rty, span),
                );
                let zero = self.const_scalar(rty, 0);
                let is_zero = self.bool_temp(Rvalue::BinaryOp(BinOp::Eq, r.clone(), zero), span);
                let msg = if bop == BinOp::Div {
                    AssertMessage::DivisionByZero
                } else {
                    AssertMessage::RemainderByZero
                };
                self.assert(is_zero, false, msg, span);
                if int.signed() {
                    let size = self.tydata(lty).layout.size;
                    let minus_one = self.const_scalar(rty, super::expr::truncate(u128::MAX, size));
                    let min =
                        self.const_scalar(lty, 1u128 << (size * 8).saturating_sub(1).min(127));
                    let is_m1 =
                        self.bool_temp(Rvalue::BinaryOp(BinOp::Eq, r.clone(), minus_one), span);
                    let is_min = self.bool_temp(Rvalue::BinaryOp(BinOp::Eq, l.clone(), min), span);
                    let both = self.bool_temp(Rvalue::BinaryOp(BinOp::BitAnd, is_m1, is_min), span);
                    self.assert(both, false, AssertMessage::Overflow(bop), span);
                }
                Ok(Rvalue::BinaryOp(bop, l, r))
            }
            BinOp::Shl | BinOp::Shr => {
                let bits = int.size() as u128 * 8;
                let r = self.operand_to_local(r, rty, span);
                let u128_ty = self.ty(Ty::new_uint(
                    self.interner(),
                    ra_ap_rustc_type_ir::UintTy::U128,
                ))?;
                let wide = match self.tydata(rty).kind {
                    TyKind::Int(IntTy::U128) => r.clone(),
                    _ => {
                        let t = self.temp(u128_ty, span);
                        self.assign(
                            &PlaceT::local(t, u128_ty),
                            Rvalue::Cast(bs_ir::CastKind::IntToInt, r.clone(), u128_ty),
                            span,
                        );
                        Operand::Copy(Place::local(t))
                    }
                };
                let bits_op = self.const_scalar(u128_ty, bits);
                let ok = self.bool_temp(Rvalue::BinaryOp(BinOp::Lt, wide, bits_op), span);
                self.assert(ok, true, AssertMessage::Overflow(bop), span);
                Ok(Rvalue::BinaryOp(bop, l, r))
            }
            _ => Ok(Rvalue::BinaryOp(bop, l, r)),
        }
    }

    /// Copies an operand into a fresh temporary (to use it several times).
    fn operand_to_local(&mut self, op: Operand, ty: TyId, span: Span) -> Operand {
        if matches!(op, Operand::Const(_) | Operand::Copy(_)) {
            return op;
        }
        let t = self.temp(ty, span);
        self.assign(&PlaceT::local(t, ty), Rvalue::Use(op), span);
        Operand::Copy(Place::local(t))
    }

    fn bool_temp(&mut self, rv: Rvalue, span: Span) -> Operand {
        let t = self.temp(self.bool_ty, span);
        let bool_ty = self.bool_ty;
        self.assign(&PlaceT::local(t, bool_ty), rv, span);
        Operand::Copy(Place::local(t))
    }

    /// `(T, bool)` for the `*WithOverflow` operations.
    fn pair_with_bool(&mut self, t: TyId) -> R<TyId> {
        let Some(rt) = self.rty_of(t) else {
            return Err(self.unsupported("overflow check on an unknown type", self.fn_span));
        };
        let interner = self.interner();
        let pair = Ty::new_tup(interner, &[rt, Ty::new_bool(interner)]);
        self.ty(pair)
    }

    fn overloaded_binop(
        &mut self,
        e: ExprId,
        lhs: ExprId,
        rhs: ExprId,
        dest: &PlaceT,
        span: Span,
    ) -> R<()> {
        let Some((func, args)) = self.infer.method_resolution(e) else {
            return Err(self.unsupported("operator without a resolved trait method", span));
        };
        let callee = self.cx.callee(func, args, span)?;
        let l = self.expr_as_operand(lhs)?;
        let r = self.expr_as_operand(rhs)?;
        self.call(callee, vec![l, r], dest, span);
        Ok(())
    }

    fn compound_assign(
        &mut self,
        e: ExprId,
        lhs: ExprId,
        rhs: ExprId,
        aop: ArithOp,
        op: BinaryOp,
    ) -> R<()> {
        let span = self.span(e);
        if !self.builtin_binop(lhs, rhs, op) {
            // `AddAssign::add_assign(&mut lhs, rhs)`: the lhs autoref is two-phase.
            let Some((func, args)) = self.infer.method_resolution(e) else {
                return Err(
                    self.unsupported("compound assignment without a resolved trait method", span)
                );
            };
            let callee = self.cx.callee(func, args, span)?;
            let adjs = self.adjustments(lhs);
            let lty = self.adjusted_ty(lhs, &adjs)?;
            let lt = self.temp(lty, span);
            self.expr_into_adj(lhs, &adjs, &PlaceT::local(lt, lty), true)?;
            let r = self.expr_as_operand(rhs)?;
            let unit = self.unit;
            let d = self.temp(unit, span);
            self.call(
                callee,
                vec![Operand::Move(Place::local(lt)), r],
                &PlaceT::local(d, unit),
                span,
            );
            return Ok(());
        }
        // Builtin: the right side is evaluated first (as rustc does for primitive operands).
        let r = self.op_operand(rhs)?;
        let adjs = strip_borrows(&self.adjustments(lhs));
        let p = self.expr_as_place_adj(lhs, &adjs)?;
        let rty = self.ty(self.expr_rty(rhs))?;
        let rv = self.checked_arith(aop, Operand::Copy(p.place.clone()), r, p.ty, rty, span)?;
        self.assign(&p, rv, span);
        Ok(())
    }

    pub fn unary_into(&mut self, e: ExprId, inner: ExprId, op: UnaryOp, dest: &PlaceT) -> R<()> {
        let span = self.span(e);
        if op == UnaryOp::Deref {
            let p = self.expr_as_place_raw(e)?;
            let o = self.operand_of(&p, span);
            self.assign(dest, Rvalue::Use(o), span);
            return Ok(());
        }
        let ity = self.expr_rty(inner);
        if !is_prim(ity) {
            let Some((func, args)) = self.infer.method_resolution(e) else {
                return Err(
                    self.unsupported("unary operator without a resolved trait method", span)
                );
            };
            let callee = self.cx.callee(func, args, span)?;
            let o = self.expr_as_operand(inner)?;
            self.call(callee, vec![o], dest, span);
            return Ok(());
        }
        // A negative literal is a constant (no overflow check).
        if op == UnaryOp::Neg
            && self.adjustments(inner).is_empty()
            && let ra_ap_hir_def::hir::Expr::Literal(lit) = self.hir[inner].clone()
        {
            let neg = match lit {
                ra_ap_hir_def::hir::Literal::Int(v, s) => {
                    Some(ra_ap_hir_def::hir::Literal::Int(v.wrapping_neg(), s))
                }
                ra_ap_hir_def::hir::Literal::Float(f, s) => {
                    Some(ra_ap_hir_def::hir::Literal::Float(
                        ra_ap_hir_def::hir::FloatTypeWrapper::new(ra_ap_intern::Symbol::intern(
                            &format!("-{f}"),
                        )),
                        s,
                    ))
                }
                _ => None,
            };
            if let Some(neg) = neg {
                let o = self.literal(neg, dest.ty, span)?;
                self.assign(dest, Rvalue::Use(o), span);
                return Ok(());
            }
        }
        let o = self.op_operand(inner)?;
        let ty = self.ty(ity)?;
        match op {
            UnaryOp::Not => self.assign(dest, Rvalue::UnaryOp(UnOp::Not, o), span),
            UnaryOp::Neg => {
                if let TyKind::Int(i) = self.tydata(ty).kind
                    && i.signed()
                {
                    let o = self.operand_to_local(o, ty, span);
                    let size = self.tydata(ty).layout.size;
                    let min = self.const_scalar(ty, 1u128 << (size * 8).saturating_sub(1).min(127));
                    let is_min = self.bool_temp(Rvalue::BinaryOp(BinOp::Eq, o.clone(), min), span);
                    self.assert(is_min, false, AssertMessage::OverflowNeg, span);
                    self.assign(dest, Rvalue::UnaryOp(UnOp::Neg, o), span);
                } else {
                    self.assign(dest, Rvalue::UnaryOp(UnOp::Neg, o), span);
                }
            }
            UnaryOp::Deref => unreachable!(),
        }
        Ok(())
    }

    /// Drops the current value of an initialised place before it is overwritten.
    pub fn drop_place_value(&mut self, p: &PlaceT, span: Span) {
        let nd = self.needs_drop(p.ty);
        self.b.drop_place(p.place.clone(), p.ty, nd, span);
    }

    /// `target = value` (with destructuring).
    pub fn assignment(&mut self, e: ExprId, target: PatId, value: ExprId) -> R<()> {
        let span = self.span(e);
        match self.hir[target].clone() {
            Pat::Expr(place_e) => {
                let v = self.expr_as_operand(value)?;
                let p = self.expr_as_place(place_e)?;
                self.drop_place_value(&p, span);
                self.assign(&p, Rvalue::Use(v), span);
                Ok(())
            }
            Pat::Wild => self.expr_effect(value),
            _ => {
                // Destructuring assignment: evaluate the value, then assign its parts.
                let vp = self.expr_as_place(value)?;
                self.destructure_assign(target, &vp, span)
            }
        }
    }

    fn destructure_assign(&mut self, pat: PatId, src: &PlaceT, span: Span) -> R<()> {
        match self.hir[pat].clone() {
            Pat::Expr(place_e) => {
                let v = self.operand_of(src, span);
                let p = self.expr_as_place(place_e)?;
                self.drop_place_value(&p, span);
                self.assign(&p, Rvalue::Use(v), span);
                Ok(())
            }
            Pat::Wild | Pat::Rest => Ok(()),
            Pat::Tuple { args, ellipsis } => {
                let fields = match &self.tydata(src.ty).kind {
                    TyKind::Tuple(f) => f.clone(),
                    _ => return Err(self.unsupported("tuple destructuring of a non-tuple", span)),
                };
                for (i, sub) in super::pattern::tuple_indices(&args, ellipsis, fields.len()) {
                    if i as usize >= fields.len() {
                        return Err(
                            self.unsupported("tuple destructuring with too many fields", span)
                        );
                    }
                    let fp = PlaceT {
                        place: src
                            .place
                            .clone()
                            .project(ProjElem::Field(i, fields[i as usize])),
                        ty: fields[i as usize],
                    };
                    self.destructure_assign(sub, &fp, span)?;
                }
                Ok(())
            }
            Pat::TupleStruct { args, ellipsis, .. } => {
                let n = self
                    .tydata(src.ty)
                    .variants
                    .first()
                    .map_or(0, |v| v.field_tys.len());
                for (i, sub) in super::pattern::tuple_indices(&args, ellipsis, n) {
                    let fty = self.field_ty(src.ty, 0, i).unwrap_or(self.unit);
                    let fp = PlaceT {
                        place: src.place.clone().project(ProjElem::Field(i, fty)),
                        ty: fty,
                    };
                    self.destructure_assign(sub, &fp, span)?;
                }
                Ok(())
            }
            Pat::Record { args, .. } => {
                let Some(variant) = self.infer.variant_resolution_for_pat(pat) else {
                    return Err(
                        self.unsupported("unresolved struct in destructuring assignment", span)
                    );
                };
                let vf = variant.fields(self.cx.db);
                for f in args.iter() {
                    let Some(fid) = vf.field(&f.name) else {
                        continue;
                    };
                    let i = u32::from(fid.into_raw());
                    let fty = self.field_ty(src.ty, 0, i).unwrap_or(self.unit);
                    let fp = PlaceT {
                        place: src.place.clone().project(ProjElem::Field(i, fty)),
                        ty: fty,
                    };
                    self.destructure_assign(f.pat, &fp, span)?;
                }
                Ok(())
            }
            Pat::Slice {
                prefix,
                slice,
                suffix,
            } => {
                let (elem, len) = match &self.tydata(src.ty).kind {
                    TyKind::Array(t, n) => (*t, *n),
                    _ => return Err(self.unsupported("slice destructuring of a non-array", span)),
                };
                for (i, p) in prefix.iter().enumerate() {
                    let fp = PlaceT {
                        place: src.place.clone().project(ProjElem::ConstantIndex {
                            offset: i as u64,
                            min_length: len,
                            from_end: false,
                        }),
                        ty: elem,
                    };
                    self.destructure_assign(*p, &fp, span)?;
                }
                for (i, p) in suffix.iter().enumerate() {
                    let off = suffix.len() as u64 - i as u64;
                    let fp = PlaceT {
                        place: src.place.clone().project(ProjElem::ConstantIndex {
                            offset: off,
                            min_length: len,
                            from_end: true,
                        }),
                        ty: elem,
                    };
                    self.destructure_assign(*p, &fp, span)?;
                }
                let _ = slice;
                Ok(())
            }
            Pat::Path(_) => Ok(()),
            _ => Err(self.unsupported("this destructuring assignment pattern", span)),
        }
    }

    #[allow(dead_code)]
    fn borrow_kind_unused(&self) -> BorrowKind {
        BorrowKind::Shared
    }
}
