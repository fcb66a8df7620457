//! Pattern matching: tests (discriminant switches, literal and range comparisons, slice lengths)
//! that branch to a failure block, and bindings (by value, `ref`, `ref mut`, with match-ergonomics
//! derefs from the type checker's pattern adjustments).
//!
//! Bindings are collected while testing and emitted after all tests of a pattern passed. For an arm
//! with a guard they are first bound as plain copies (nothing is moved out of the scrutinee while the
//! guard may still fail) and bound for real after the guard succeeded.

use ra_ap_hir_def::{
    hir::{BindingId, Expr, ExprId, Literal, Pat, PatId, RangeOp},
    resolver::ValueNs,
};
use ra_ap_hir_ty::{
    BindingMode, ByRef,
    method_resolution::CandidateId,
    next_solver::{Mutability as RaMut, Ty},
};
use ra_ap_rustc_type_ir::inherent::Ty as _;

use bs_ir::{
    BinOp, BlockId, BorrowKind, Callee, CastKind, Const, ConstKind, Intrinsic, Operand, Place,
    ProjElem, Rvalue, Span, StatementKind, TerminatorKind, TyId, TyKind, UnOp,
};

use super::{Lower, PlaceT, R};

#[derive(Clone)]
pub(crate) struct Bind {
    pub binding: BindingId,
    pub pat: PatId,
    pub place: PlaceT,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BindMode {
    Normal,
    /// Before a match guard: copies only.
    ForGuard,
    /// After the guard succeeded: the real moves.
    AfterGuard,
}

/// The (field index, sub-pattern) pairs of a tuple-like pattern with an optional `..` at `ellipsis`.
pub(crate) fn tuple_indices(args: &[PatId], ellipsis: Option<u32>, n: usize) -> Vec<(u32, PatId)> {
    match ellipsis {
        None => args
            .iter()
            .enumerate()
            .map(|(i, p)| (i as u32, *p))
            .collect(),
        Some(pos) => {
            let pos = pos as usize;
            let mut v: Vec<(u32, PatId)> = args[..pos.min(args.len())]
                .iter()
                .enumerate()
                .map(|(i, p)| (i as u32, *p))
                .collect();
            let tail = &args[pos.min(args.len())..];
            let start = n.saturating_sub(tail.len());
            v.extend(
                tail.iter()
                    .enumerate()
                    .map(|(i, p)| ((start + i) as u32, *p)),
            );
            v
        }
    }
}

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    /// Matches an irrefutable pattern (let, parameters) and binds.
    pub fn irrefutable_pat(&mut self, pat: PatId, place: &PlaceT) -> R<()> {
        let fail = self.b.new_block();
        let mut binds = Vec::new();
        self.pat_test(pat, place, fail, &mut binds)?;
        let ok = self.b.cur;
        self.b.cur = fail;
        let span = self.pat_span(pat);
        self.b.terminate(TerminatorKind::Unreachable, span);
        self.b.cur = ok;
        self.emit_binds(binds, BindMode::Normal)
    }

    /// Emits the tests of `pat` against `place`, jumping to `fail` when it does not match; on a match
    /// code continues in `self.b.cur`. Bindings are pushed to `binds`.
    pub fn pat_test(
        &mut self,
        pat: PatId,
        place: &PlaceT,
        fail: BlockId,
        binds: &mut Vec<Bind>,
    ) -> R<()> {
        let span = self.pat_span(pat);
        // Match ergonomics: implicit derefs of the scrutinee.
        let mut place = place.clone();
        if let Some(adjs) = self.infer.pat_adjustment(pat) {
            let adjs = adjs.to_vec();
            for (i, a) in adjs.iter().enumerate() {
                if format!("{:?}", a.kind) == "OverloadedDeref" {
                    return Err(self.unsupported("deref patterns", span));
                }
                let next_ty = match adjs.get(i + 1) {
                    Some(n) => self.ty(n.source.as_ref())?,
                    None => self.pat_ty(pat)?,
                };
                place = PlaceT {
                    place: place.place.project(ProjElem::Deref),
                    ty: next_ty,
                };
            }
        }
        let place = &place;
        match self.hir[pat].clone() {
            Pat::Missing => Err(self.unsupported("incomplete pattern", span)),
            Pat::Wild | Pat::Rest => Ok(()),
            Pat::Bind { id, subpat } => {
                if let Some(sub) = subpat {
                    self.pat_test(sub, place, fail, binds)?;
                }
                binds.push(Bind {
                    binding: id,
                    pat,
                    place: place.clone(),
                });
                Ok(())
            }
            Pat::Tuple { args, ellipsis } => {
                let fields = match &self.tydata(place.ty).kind {
                    TyKind::Tuple(f) => f.clone(),
                    _ => return Err(self.unsupported("tuple pattern on a non-tuple", span)),
                };
                for (i, sub) in tuple_indices(&args, ellipsis, fields.len()) {
                    let Some(&fty) = fields.get(i as usize) else {
                        return Err(self.unsupported("tuple pattern with too many fields", span));
                    };
                    let fp = PlaceT {
                        place: place.place.clone().project(ProjElem::Field(i, fty)),
                        ty: fty,
                    };
                    self.pat_test(sub, &fp, fail, binds)?;
                }
                Ok(())
            }
            Pat::Or(alts) => {
                let join = self.b.new_block();
                for (k, alt) in alts.iter().enumerate() {
                    let next = if k + 1 == alts.len() {
                        fail
                    } else {
                        self.b.new_block()
                    };
                    let mut alt_binds = Vec::new();
                    self.pat_test(*alt, place, next, &mut alt_binds)?;
                    self.emit_binds(alt_binds, BindMode::Normal)?;
                    self.b.goto(join, span);
                    if next != fail {
                        self.b.cur = next;
                    }
                }
                self.b.cur = join;
                Ok(())
            }
            Pat::Record { args, .. } => {
                let Some(variant) = self.infer.variant_resolution_for_pat(pat) else {
                    return Err(self.unsupported("unresolved struct pattern", span));
                };
                let vplace = self.variant_test(variant, place, fail, span)?;
                let vf = variant.fields(self.cx.db);
                let (vidx, _, _) = self.variant_info(variant);
                for f in args.iter() {
                    let Some(fid) = vf.field(&f.name) else {
                        return Err(self.unsupported("unknown field in pattern", span));
                    };
                    let i = u32::from(fid.into_raw());
                    let fty = self.field_ty(place.ty, vidx, i).unwrap_or(self.unit);
                    let fp = PlaceT {
                        place: vplace.clone().project(ProjElem::Field(i, fty)),
                        ty: fty,
                    };
                    self.pat_test(f.pat, &fp, fail, binds)?;
                }
                Ok(())
            }
            Pat::TupleStruct { args, ellipsis, .. } => {
                let Some(variant) = self.infer.variant_resolution_for_pat(pat) else {
                    return Err(self.unsupported("unresolved tuple struct pattern", span));
                };
                let vplace = self.variant_test(variant, place, fail, span)?;
                let (vidx, n, _) = self.variant_info(variant);
                for (i, sub) in tuple_indices(&args, ellipsis, n) {
                    let fty = self.field_ty(place.ty, vidx, i).unwrap_or(self.unit);
                    let fp = PlaceT {
                        place: vplace.clone().project(ProjElem::Field(i, fty)),
                        ty: fty,
                    };
                    self.pat_test(sub, &fp, fail, binds)?;
                }
                Ok(())
            }
            Pat::Path(_) => {
                if let Some(variant) = self.infer.variant_resolution_for_pat(pat) {
                    self.variant_test(variant, place, fail, span)?;
                    return Ok(());
                }
                // A constant.
                let op = match self.infer.assoc_resolutions_for_pat(pat) {
                    Some((CandidateId::ConstId(c), args)) => {
                        let inst = self.const_instance(c, args)?;
                        Operand::Const(Const {
                            ty: place.ty,
                            kind: ConstKind::Unevaluated(inst),
                        })
                    }
                    _ => {
                        let ra_ap_hir_def::hir::Pat::Path(path) = &self.hir[pat] else {
                            unreachable!()
                        };
                        let db = self.cx.db;
                        let r = self.resolver.resolve_path_in_value_ns_fully(
                            db,
                            path,
                            ra_ap_hir_def::expr_store::HygieneId::ROOT,
                        );
                        match r {
                            Some(ValueNs::ConstId(c)) => {
                                let args =
                                    ra_ap_hir_ty::next_solver::GenericArgs::empty(self.interner());
                                let inst = self.const_instance(c, args)?;
                                Operand::Const(Const {
                                    ty: place.ty,
                                    kind: ConstKind::Unevaluated(inst),
                                })
                            }
                            _ => return Err(self.unsupported("this path pattern", span)),
                        }
                    }
                };
                self.eq_test(place, op, fail, span)
            }
            Pat::Lit(e) => self.lit_test(e, place, fail, span),
            Pat::Range {
                start,
                end,
                range_type,
            } => {
                if let Some(s) = start {
                    let lo = self.pat_const(s, place.ty)?;
                    self.cmp_test(
                        BinOp::Ge,
                        Operand::Copy(place.place.clone()),
                        lo,
                        fail,
                        span,
                    );
                }
                if let Some(e) = end {
                    let hi = self.pat_const(e, place.ty)?;
                    let op = if range_type == RangeOp::Inclusive {
                        BinOp::Le
                    } else {
                        BinOp::Lt
                    };
                    self.cmp_test(op, Operand::Copy(place.place.clone()), hi, fail, span);
                }
                Ok(())
            }
            Pat::Slice {
                prefix,
                slice,
                suffix,
            } => {
                let (elem, array_len) = match &self.tydata(place.ty).kind {
                    TyKind::Array(t, n) => (*t, Some(*n)),
                    TyKind::Slice(t) => (*t, None),
                    _ => return Err(self.unsupported("slice pattern on a non-slice", span)),
                };
                let min = (prefix.len() + suffix.len()) as u64;
                let len_op = match array_len {
                    Some(n) => self.const_usize(n),
                    None => {
                        let l = self.temp(self.usize_ty, span);
                        let usize_ty = self.usize_ty;
                        self.assign(
                            &PlaceT::local(l, usize_ty),
                            Rvalue::Len(place.place.clone()),
                            span,
                        );
                        let test = if slice.is_some() {
                            BinOp::Ge
                        } else {
                            BinOp::Eq
                        };
                        let m = self.const_usize(min);
                        self.cmp_test(test, Operand::Copy(Place::local(l)), m, fail, span);
                        Operand::Copy(Place::local(l))
                    }
                };
                let _ = len_op;
                let min_length = array_len.unwrap_or(min);
                for (i, p) in prefix.iter().enumerate() {
                    let fp = PlaceT {
                        place: place.place.clone().project(ProjElem::ConstantIndex {
                            offset: i as u64,
                            min_length,
                            from_end: false,
                        }),
                        ty: elem,
                    };
                    self.pat_test(*p, &fp, fail, binds)?;
                }
                for (j, p) in suffix.iter().enumerate() {
                    let from_end_off = (suffix.len() - j) as u64;
                    let proj = match array_len {
                        Some(n) => ProjElem::ConstantIndex {
                            offset: n.saturating_sub(from_end_off),
                            min_length: n,
                            from_end: false,
                        },
                        None => ProjElem::ConstantIndex {
                            offset: from_end_off,
                            min_length,
                            from_end: true,
                        },
                    };
                    let fp = PlaceT {
                        place: place.place.clone().project(proj),
                        ty: elem,
                    };
                    self.pat_test(*p, &fp, fail, binds)?;
                }
                if let Some(s) = slice {
                    let sty = self.pat_ty(s)?;
                    let proj = match array_len {
                        Some(n) => ProjElem::Subslice {
                            from: prefix.len() as u64,
                            to: n.saturating_sub(suffix.len() as u64),
                            from_end: false,
                        },
                        None => ProjElem::Subslice {
                            from: prefix.len() as u64,
                            to: suffix.len() as u64,
                            from_end: true,
                        },
                    };
                    let sp = PlaceT {
                        place: place.place.clone().project(proj),
                        ty: sty,
                    };
                    self.pat_test(s, &sp, fail, binds)?;
                }
                Ok(())
            }
            Pat::Ref { pat: inner, .. } => {
                let Some(pointee) = self.pointee(place.ty) else {
                    return Err(self.unsupported("reference pattern on a non-reference", span));
                };
                let ip = PlaceT {
                    place: place.place.clone().project(ProjElem::Deref),
                    ty: pointee,
                };
                self.pat_test(inner, &ip, fail, binds)
            }
            Pat::Box { inner } => {
                let Some(pointee) = self.pointee(place.ty) else {
                    return Err(self.unsupported("box pattern on a non-box", span));
                };
                let ip = PlaceT {
                    place: place.place.clone().project(ProjElem::Deref),
                    ty: pointee,
                };
                self.pat_test(inner, &ip, fail, binds)
            }
            Pat::Deref { .. } => Err(self.unsupported("deref patterns", span)),
            Pat::NotNull => Err(self.unsupported("`!null` patterns", span)),
            Pat::ConstBlock(_) => Err(self.unsupported("inline const patterns", span)),
            Pat::Expr(_) => Err(self.unsupported("expression in pattern position", span)),
        }
    }

    /// Tests that an enum place holds `variant` (nothing for structs) and returns the place viewed as
    /// that variant.
    fn variant_test(
        &mut self,
        variant: ra_ap_hir_def::VariantId,
        place: &PlaceT,
        fail: BlockId,
        span: Span,
    ) -> R<Place> {
        let ra_ap_hir_def::VariantId::EnumVariantId(_) = variant else {
            return Ok(place.place.clone());
        };
        let (vidx, _, _) = self.variant_info(variant);
        let nvariants = self.tydata(place.ty).variants.len();
        if nvariants > 1 {
            let dty = self.discr_ty(place.ty);
            let d = self.temp(dty, span);
            self.assign(
                &PlaceT::local(d, dty),
                Rvalue::Discriminant(place.place.clone()),
                span,
            );
            let discr = self
                .tydata(place.ty)
                .variants
                .get(vidx as usize)
                .map_or(vidx as i128, |v| v.discr);
            let size = self.tydata(dty).layout.size;
            let bits = super::expr::truncate(discr as u128, size);
            let ok = self.b.new_block();
            self.b.terminate(
                TerminatorKind::SwitchInt {
                    discr: Operand::Copy(Place::local(d)),
                    targets: vec![(bits, ok)],
                    otherwise: fail,
                },
                span,
            );
            self.b.cur = ok;
        }
        Ok(place.place.clone().project(ProjElem::Downcast(vidx)))
    }

    fn cmp_test(&mut self, op: BinOp, a: Operand, b: Operand, fail: BlockId, span: Span) {
        let t = self.temp(self.bool_ty, span);
        let bool_ty = self.bool_ty;
        self.assign(&PlaceT::local(t, bool_ty), Rvalue::BinaryOp(op, a, b), span);
        let ok = self.b.new_block();
        self.b.terminate(
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(t)),
                targets: vec![(0, fail)],
                otherwise: ok,
            },
            span,
        );
        self.b.cur = ok;
    }

    fn eq_test(&mut self, place: &PlaceT, op: Operand, fail: BlockId, span: Span) -> R<()> {
        match &self.tydata(place.ty).kind {
            TyKind::Int(_)
            | TyKind::Char
            | TyKind::Bool
            | TyKind::Float(_)
            | TyKind::RawPtr(..) => {
                self.cmp_test(
                    BinOp::Eq,
                    Operand::Copy(place.place.clone()),
                    op,
                    fail,
                    span,
                );
                Ok(())
            }
            _ => Err(self.unsupported(
                format!(
                    "matching a constant of type `{}` in a pattern",
                    self.tydata(place.ty).name
                ),
                span,
            )),
        }
    }

    /// A constant in a pattern (literal, negated literal, const path) as an operand of type `ty`.
    fn pat_const(&mut self, e: ExprId, ty: TyId) -> R<Operand> {
        let span = self.span(e);
        match self.hir[e].clone() {
            Expr::Literal(l) => self.literal(l, ty, span),
            Expr::UnaryOp {
                expr: inner,
                op: ra_ap_hir_def::hir::UnaryOp::Neg,
            } => match self.hir[inner].clone() {
                Expr::Literal(Literal::Int(v, s)) => {
                    self.literal(Literal::Int(v.wrapping_neg(), s), ty, span)
                }
                Expr::Literal(Literal::Uint(v, s)) => self.literal(
                    Literal::Int(
                        (v as i128).wrapping_neg(),
                        s.map(|_| ra_ap_hir_def::builtin_type::BuiltinInt::I128),
                    ),
                    ty,
                    span,
                ),
                Expr::Literal(Literal::Float(f, s)) => {
                    let neg = ra_ap_hir_def::hir::FloatTypeWrapper::new(
                        ra_ap_intern::Symbol::intern(&format!("-{f}")),
                    );
                    self.literal(Literal::Float(neg, s), ty, span)
                }
                _ => Err(self.unsupported("this constant in a pattern", span)),
            },
            Expr::Path(_) => {
                let op = self.expr_as_operand(e)?;
                Ok(match op {
                    Operand::Const(c) => Operand::Const(Const { ty, kind: c.kind }),
                    other => other,
                })
            }
            _ => Err(self.unsupported("this constant in a pattern", span)),
        }
    }

    fn lit_test(&mut self, e: ExprId, place: &PlaceT, fail: BlockId, span: Span) -> R<()> {
        if let Expr::Literal(Literal::String(s)) = self.hir[e].clone() {
            return self.str_eq_test(place, s.as_str().as_bytes().to_vec(), fail, span);
        }
        if let Expr::Literal(Literal::ByteString(_)) = self.hir[e] {
            return Err(self.unsupported("byte-string literal patterns", span));
        }
        let op = self.pat_const(e, place.ty)?;
        match (&self.tydata(place.ty).kind, &op) {
            (
                TyKind::Int(_) | TyKind::Char | TyKind::Bool,
                Operand::Const(Const {
                    kind: ConstKind::Scalar(bits),
                    ..
                }),
            ) => {
                let bits = *bits;
                let ok = self.b.new_block();
                self.b.terminate(
                    TerminatorKind::SwitchInt {
                        discr: Operand::Copy(place.place.clone()),
                        targets: vec![(bits, ok)],
                        otherwise: fail,
                    },
                    span,
                );
                self.b.cur = ok;
                Ok(())
            }
            _ => self.eq_test(place, op, fail, span),
        }
    }

    /// `place == "literal"` for a `&str` place: equal lengths and equal bytes.
    fn str_eq_test(&mut self, place: &PlaceT, bytes: Vec<u8>, fail: BlockId, span: Span) -> R<()> {
        if !matches!(self.tydata(place.ty).kind, TyKind::Ref(..)) {
            return Err(self.unsupported("string literal pattern on a non-`&str` place", span));
        }
        let n = bytes.len() as u64;
        let lit = self.bytes_const(bytes, place.ty);
        let len = self.temp(self.usize_ty, span);
        let usize_ty = self.usize_ty;
        self.assign(
            &PlaceT::local(len, usize_ty),
            Rvalue::UnaryOp(UnOp::PtrMetadata, Operand::Copy(place.place.clone())),
            span,
        );
        let nop = self.const_usize(n);
        self.cmp_test(BinOp::Eq, Operand::Copy(Place::local(len)), nop, fail, span);
        let interner = self.interner();
        let u8p = Ty::new_ptr(
            interner,
            Ty::new_uint(interner, ra_ap_rustc_type_ir::UintTy::U8),
            RaMut::Not,
        );
        let u8p = self.ty(u8p)?;
        let i32t = self.ty(Ty::new_int(interner, ra_ap_rustc_type_ir::IntTy::I32))?;
        let pa = self.temp(u8p, span);
        self.assign(
            &PlaceT::local(pa, u8p),
            Rvalue::Cast(CastKind::PtrToPtr, Operand::Copy(place.place.clone()), u8p),
            span,
        );
        let pb = self.temp(u8p, span);
        self.assign(
            &PlaceT::local(pb, u8p),
            Rvalue::Cast(CastKind::PtrToPtr, lit, u8p),
            span,
        );
        let r = self.temp(i32t, span);
        self.call(
            Callee::Intrinsic(Intrinsic::CompareBytes, vec![]),
            vec![
                Operand::Copy(Place::local(pa)),
                Operand::Copy(Place::local(pb)),
                Operand::Copy(Place::local(len)),
            ],
            &PlaceT::local(r, i32t),
            span,
        );
        let ok = self.b.new_block();
        self.b.terminate(
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(r)),
                targets: vec![(0, ok)],
                otherwise: fail,
            },
            span,
        );
        self.b.cur = ok;
        Ok(())
    }

    /// Emits the bindings collected by `pat_test`.
    pub fn emit_binds(&mut self, binds: Vec<Bind>, mode: BindMode) -> R<()> {
        for bind in binds {
            let span = self.pat_span(bind.pat);
            let bm = self
                .infer
                .binding_mode(bind.pat)
                .unwrap_or(BindingMode(ByRef::No, RaMut::Not));
            let rv = |this: &mut Self, copy_only: bool| -> Rvalue {
                match bm.0 {
                    ByRef::Yes(RaMut::Mut) => {
                        Rvalue::Ref(BorrowKind::Mut, bind.place.place.clone())
                    }
                    ByRef::Yes(RaMut::Not) => {
                        Rvalue::Ref(BorrowKind::Shared, bind.place.place.clone())
                    }
                    ByRef::No if copy_only => Rvalue::Use(Operand::Copy(bind.place.place.clone())),
                    ByRef::No => Rvalue::Use(this.operand_of(&bind.place, span)),
                }
            };
            match mode {
                BindMode::Normal => {
                    let l = self.declare_binding(bind.binding, span)?;
                    let ty = self.b.locals[l.index()].ty;
                    let v = rv(self, false);
                    self.assign(&PlaceT::local(l, ty), v, span);
                }
                BindMode::ForGuard => {
                    let l = self.binding_local_unscheduled(bind.binding, span)?;
                    let ty = self.b.locals[l.index()].ty;
                    let v = rv(self, true);
                    self.b.push(StatementKind::Assign(Place::local(l), v), span);
                    if super::builder::retag_kind_needed(self.tys(), ty) {
                        self.b.push(
                            StatementKind::Retag(bs_ir::RetagKind::Default, Place::local(l)),
                            span,
                        );
                    }
                }
                BindMode::AfterGuard => {
                    let Some(&l) = self.bindings.get(&bind.binding) else {
                        return Err(self.unsupported("binding without a local", span));
                    };
                    let ty = self.b.locals[l.index()].ty;
                    self.schedule_binding(l);
                    if bm.0 == ByRef::No && !self.is_copy(ty) {
                        let v = rv(self, false);
                        self.assign(&PlaceT::local(l, ty), v, span);
                    } else if self.needs_drop(ty) {
                        self.b.mark_init(&Place::local(l), span);
                    }
                }
            }
        }
        Ok(())
    }
}
