//! Bodies of the methods of builtin `#[derive]` impls. rust-analyzer 0.0.348 keeps derives of the
//! standard traits as builtin impls without HIR bodies, so their bodies are synthesized here, with
//! the semantics of rustc's expansions (`rustc_builtin_macros::deriving`):
//! * `Clone::clone`: field-wise clone (copies for `Copy` fields), per variant for enums;
//! * `PartialEq::eq`: equal discriminants, then field-wise `==` in order (short-circuit);
//! * `PartialOrd::partial_cmp` / `Ord::cmp`: by variant index, then field-wise lexicographic;
//! * `Debug::fmt`: `write_str(name)` for unit structs/variants, `debug_tuple`/`debug_struct` with
//!   `field`… and `finish` otherwise;
//! * `Default::default`: field-wise `Default::default()` for structs.

use ra_ap_hir_def::{
    AdtId, BuiltinDeriveImplId, CallableDefId, FunctionId, VariantId,
    builtin_derive::{BuiltinDeriveImplMethod, BuiltinDeriveImplTrait},
    item_tree::FieldsShape,
};
use ra_ap_hir_ty::{
    db::HirDatabase,
    next_solver::{GenericArgs, Mutability as RaMut, Region, Ty, TyKind as RaTyKind},
};
use ra_ap_rustc_type_ir::inherent::{GenericArgs as _, IntoKind, Ty as _};

use bs_ir::{
    AggregateKind, BinOp, Body, BorrowKind, Callee, Const, ConstKind, LocalId, Operand, Place,
    ProjElem, RetagKind, Rvalue, Span, StatementKind, TerminatorKind, TyId,
};

use super::{R, builder::BodyBuilder};
use crate::cx::Cx;

struct Field<'db> {
    idx: u32,
    name: String,
    rty: Ty<'db>,
    ty: TyId,
}

struct Variant<'db> {
    idx: u32,
    name: String,
    shape: FieldsShape,
    fields: Vec<Field<'db>>,
}

struct D<'c, 'a, 'db> {
    cx: &'c mut Cx<'a, 'db>,
    b: BodyBuilder,
    span: Span,
    self_rty: Ty<'db>,
    self_ty: TyId,
    bool_ty: TyId,
}

impl<'c, 'a, 'db> D<'c, 'a, 'db> {
    fn local(&mut self, ty: TyId) -> LocalId {
        self.b.new_local(ty, None, self.span, true)
    }

    fn assign(&mut self, place: Place, ty: TyId, rv: Rvalue) {
        self.b
            .push(StatementKind::Assign(place.clone(), rv), self.span);
        if super::builder::retag_kind_needed(&self.cx.program.tys, ty) {
            self.b
                .push(StatementKind::Retag(RetagKind::Default, place), self.span);
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
            self.span,
        );
        self.b.cur = next;
    }

    fn ty(&mut self, t: Ty<'db>) -> R<TyId> {
        self.cx.intern_ty(t)
    }

    fn ref_of(&mut self, t: Ty<'db>, m: RaMut) -> Ty<'db> {
        let i = self.cx.mono.interner;
        Ty::new_ref(i, Region::new_erased(i), t, m)
    }

    /// A trait method called with `Self = self_ty` (and `Rhs = self_ty` for comparison traits).
    fn trait_call(&mut self, method: Option<FunctionId>, self_ty: Ty<'db>, two: bool) -> R<Callee> {
        let Some(f) = method else {
            return Err(self.cx.unsupported(
                "a trait method the derive needs (missing lang item)",
                self.span,
            ));
        };
        let args = if two {
            vec![self_ty.into(), self_ty.into()]
        } else {
            vec![self_ty.into()]
        };
        self.cx
            .resolve_callee(f, GenericArgs::new_from_slice(&args), self.span)
    }

    fn is_copy(&self, t: Ty<'db>) -> bool {
        self.cx
            .mono
            .infcx
            .type_is_copy_modulo_regions(self.cx.mono.env.param_env, t)
    }

    fn is_prim(t: Ty<'db>) -> bool {
        matches!(
            t.kind(),
            RaTyKind::Bool
                | RaTyKind::Char
                | RaTyKind::Int(_)
                | RaTyKind::Uint(_)
                | RaTyKind::Float(_)
        )
    }

    /// Reads the discriminant of `place` into a new isize local.
    fn discr(&mut self, place: Place) -> R<LocalId> {
        let i = self.cx.mono.interner;
        let isize_ty = self.ty(Ty::new_int(i, ra_ap_rustc_type_ir::IntTy::Isize))?;
        let d = self.local(isize_ty);
        self.assign(Place::local(d), isize_ty, Rvalue::Discriminant(place));
        Ok(d)
    }

    /// Switches on the variant of `place`: returns the block of each variant (entered with `cur`).
    fn switch_variants(
        &mut self,
        place: Place,
        variants: &[Variant<'db>],
    ) -> R<Vec<bs_ir::BlockId>> {
        let blocks: Vec<_> = variants.iter().map(|_| self.b.new_block()).collect();
        if variants.len() == 1 {
            self.b.goto(blocks[0], self.span);
            return Ok(blocks);
        }
        let d = self.discr(place)?;
        let tys = &self.cx.program.tys;
        let data = tys.get(self.self_ty);
        let targets = variants
            .iter()
            .zip(&blocks)
            .map(|(v, b)| {
                let discr = data
                    .variants
                    .get(v.idx as usize)
                    .map_or(v.idx as i128, |vd| vd.discr);
                (super::expr::truncate(discr as u128, 8), *b)
            })
            .collect();
        let dead = self.b.new_block();
        self.b.terminate(
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(d)),
                targets,
                otherwise: dead,
            },
            self.span,
        );
        self.b.blocks[dead.index()].term = Some(bs_ir::Terminator {
            kind: TerminatorKind::Unreachable,
            span: self.span,
        });
        Ok(blocks)
    }

    fn finish(mut self, name: String, arg_count: u32) -> Body {
        self.b.diverge(TerminatorKind::Return, self.span);
        let tys = &self.cx.program.tys;
        let ft = |t: TyId| super::builder::struct_field_tys(tys, t);
        let nd = |t: TyId| tys.get(t).flags.needs_drop;
        let (locals, blocks) = self.b.finish(&ft, &nd);
        Body {
            name,
            locals,
            arg_count,
            blocks,
            span: self.span,
            track_caller: false,
        }
    }
}

fn variant_place(base: Place, v: &Variant<'_>, nvariants: usize) -> Place {
    if nvariants > 1 {
        base.project(ProjElem::Downcast(v.idx))
    } else {
        base
    }
}

pub(crate) fn derive_method<'db>(
    cx: &mut Cx<'_, 'db>,
    imp: BuiltinDeriveImplId,
    method: BuiltinDeriveImplMethod,
    args: GenericArgs<'db>,
) -> R<Body> {
    let db: &dyn HirDatabase = cx.db;
    let loc = imp.loc(cx.db);
    let adt = loc.adt;
    let trait_ = loc.trait_;
    let interner = cx.mono.interner;
    // The impl's args are the ADT's generic args (followed by any method generics).
    let n_adt = GenericArgs::identity_for_item(interner, adt.into()).len();
    let adt_args = GenericArgs::new_from_slice(&args.as_slice()[..n_adt.min(args.len())]);
    let self_rty = cx.mono_ty(Ty::new_adt(interner, adt, adt_args));
    let span = cx.analysis.span(loc.source(cx.db));
    let self_ty = cx.intern_ty(self_rty)?;
    let bool_ty = cx.intern_ty(Ty::new_bool(interner))?;
    let adt_name = match adt {
        AdtId::StructId(s) => ra_ap_hir_def::signatures::StructSignature::of(cx.db, s)
            .name
            .as_str()
            .to_string(),
        AdtId::EnumId(e) => ra_ap_hir_def::signatures::EnumSignature::of(cx.db, e)
            .name
            .as_str()
            .to_string(),
        AdtId::UnionId(u) => ra_ap_hir_def::signatures::UnionSignature::of(cx.db, u)
            .name
            .as_str()
            .to_string(),
    };
    // Variants with their field types.
    let vids: Vec<(VariantId, String)> = match adt {
        AdtId::StructId(s) => vec![(VariantId::StructId(s), adt_name.clone())],
        AdtId::UnionId(_) => return Err(cx.unsupported("derives on unions", span)),
        AdtId::EnumId(e) => e
            .enum_variants(cx.db)
            .variants
            .iter()
            .map(|(n, (v, _))| (VariantId::EnumVariantId(*v), n.as_str().to_string()))
            .collect(),
    };
    let mut variants = Vec::new();
    for (vi, (vid, vname)) in vids.iter().enumerate() {
        let vf = vid.fields(cx.db);
        let ftys = db.field_types(*vid);
        let mut fields = Vec::new();
        for (fi, (lid, fd)) in vf.fields().iter().enumerate() {
            let rty = ftys[lid]
                .ty()
                .instantiate(interner, adt_args)
                .skip_norm_wip();
            let rty = cx.mono_ty(rty);
            let ty = cx.intern_ty(rty)?;
            fields.push(Field {
                idx: fi as u32,
                name: fd.name.as_str().to_string(),
                rty,
                ty,
            });
        }
        variants.push(Variant {
            idx: vi as u32,
            name: vname.clone(),
            shape: vf.shape,
            fields,
        });
    }
    let mut d = D {
        cx,
        b: BodyBuilder::new(bool_ty),
        span,
        self_rty,
        self_ty,
        bool_ty,
    };
    let name = format!("<{adt_name} as {trait_:?}>::{method:?}");
    match trait_ {
        BuiltinDeriveImplTrait::Clone => clone(&mut d, &variants)?,
        BuiltinDeriveImplTrait::PartialEq => partial_eq(&mut d, &variants)?,
        BuiltinDeriveImplTrait::Debug => debug(&mut d, &variants)?,
        BuiltinDeriveImplTrait::Default => default(&mut d, &variants)?,
        BuiltinDeriveImplTrait::Ord | BuiltinDeriveImplTrait::PartialOrd => ordering(
            &mut d,
            &variants,
            trait_ == BuiltinDeriveImplTrait::PartialOrd,
        )?,
        BuiltinDeriveImplTrait::Hash => {
            let lang = d.cx.mono.interner.lang_items();
            let trait_id = trait_.get_id(lang);
            let hasher = if args.len() > n_adt {
                args.as_slice().last().and_then(|a| a.ty())
            } else {
                None
            };
            let Some(hasher) = hasher else {
                return Err(d
                    .cx
                    .unsupported("derived `Hash::hash` without its hasher type", span));
            };
            let hasher = d.cx.mono_ty(hasher);
            hash(&mut d, &variants, trait_id, hasher)?
        }
        _ => {
            return Err(d
                .cx
                .unsupported(format!("derived `{trait_:?}::{method:?}`"), span));
        }
    }
    let argc = match trait_ {
        BuiltinDeriveImplTrait::Default => 0,
        BuiltinDeriveImplTrait::Hash => 2,
        BuiltinDeriveImplTrait::Clone => 1,
        _ => 2,
    };
    Ok(d.finish(name, argc))
}

/// `fn clone(&self) -> Self`
fn clone<'db>(d: &mut D<'_, '_, 'db>, variants: &[Variant<'db>]) -> R<()> {
    let self_ref = d.ref_of(d.self_rty, RaMut::Not);
    let self_ref = d.ty(self_ref)?;
    d.local(d.self_ty);
    let a1 = d.local(self_ref);
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a1)),
        d.span,
    );
    let lang = d.cx.mono.interner.lang_items();
    let clone_fn = lang.Clone.and_then(|t| {
        t.trait_items(d.cx.db)
            .items
            .iter()
            .find_map(|(n, it)| match it {
                ra_ap_hir_def::AssocItemId::FunctionId(f) if n.as_str() == "clone" => Some(*f),
                _ => None,
            })
    });
    let base = Place::local(a1).project(ProjElem::Deref);
    let blocks = d.switch_variants(base.clone(), variants)?;
    let end = d.b.new_block();
    for (v, blk) in variants.iter().zip(blocks) {
        d.b.cur = blk;
        let vp = variant_place(base.clone(), v, variants.len());
        let mut ops = Vec::new();
        for f in &v.fields {
            let fp = vp.clone().project(ProjElem::Field(f.idx, f.ty));
            if d.is_copy(f.rty) {
                ops.push(Operand::Copy(fp));
                continue;
            }
            let r = d.ref_of(f.rty, RaMut::Not);
            let rty = d.ty(r)?;
            let rl = d.local(rty);
            d.assign(Place::local(rl), rty, Rvalue::Ref(BorrowKind::Shared, fp));
            let callee = d.trait_call(clone_fn, f.rty, false)?;
            let out = d.local(f.ty);
            d.call(
                callee,
                vec![Operand::Move(Place::local(rl))],
                Place::local(out),
            );
            ops.push(Operand::Move(Place::local(out)));
        }
        let self_ty = d.self_ty;
        d.assign(
            Place::local(LocalId(0)),
            self_ty,
            Rvalue::Aggregate(
                AggregateKind::Adt {
                    ty: self_ty,
                    variant: v.idx,
                    active_field: None,
                },
                ops,
            ),
        );
        d.b.goto(end, d.span);
    }
    d.b.cur = end;
    Ok(())
}

/// The two `&Self` arguments of comparison methods.
fn two_self_args(d: &mut D<'_, '_, '_>) -> R<(Place, Place)> {
    let self_ref = d.ref_of(d.self_rty, RaMut::Not);
    let self_ref = d.ty(self_ref)?;
    let a1 = d.local(self_ref);
    let a2 = d.local(self_ref);
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a1)),
        d.span,
    );
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a2)),
        d.span,
    );
    Ok((
        Place::local(a1).project(ProjElem::Deref),
        Place::local(a2).project(ProjElem::Deref),
    ))
}

fn trait_method(d: &D, t: Option<ra_ap_hir_def::TraitId>, name: &str) -> Option<FunctionId> {
    t.and_then(|t| {
        t.trait_items(d.cx.db)
            .items
            .iter()
            .find_map(|(n, it)| match it {
                ra_ap_hir_def::AssocItemId::FunctionId(f) if n.as_str() == name => Some(*f),
                _ => None,
            })
    })
}

/// `fn eq(&self, other: &Self) -> bool`
fn partial_eq<'db>(d: &mut D<'_, '_, 'db>, variants: &[Variant<'db>]) -> R<()> {
    let bool_ty = d.bool_ty;
    d.local(bool_ty);
    let (a, b) = two_self_args(d)?;
    let lang = d.cx.mono.interner.lang_items();
    let eq_fn = trait_method(d, lang.PartialEq, "eq");
    let ret_false = d.b.new_block();
    let end = d.b.new_block();
    if variants.len() > 1 {
        let da = d.discr(a.clone())?;
        let db_ = d.discr(b.clone())?;
        let t = d.local(bool_ty);
        d.assign(
            Place::local(t),
            bool_ty,
            Rvalue::BinaryOp(
                BinOp::Eq,
                Operand::Copy(Place::local(da)),
                Operand::Copy(Place::local(db_)),
            ),
        );
        let next = d.b.new_block();
        d.b.terminate(
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(t)),
                targets: vec![(0, ret_false)],
                otherwise: next,
            },
            d.span,
        );
        d.b.cur = next;
    }
    let blocks = d.switch_variants(a.clone(), variants)?;
    for (v, blk) in variants.iter().zip(blocks) {
        d.b.cur = blk;
        let va = variant_place(a.clone(), v, variants.len());
        let vb = variant_place(b.clone(), v, variants.len());
        for f in &v.fields {
            let fa = va.clone().project(ProjElem::Field(f.idx, f.ty));
            let fb = vb.clone().project(ProjElem::Field(f.idx, f.ty));
            let t = d.local(bool_ty);
            if D::is_prim(f.rty) {
                d.assign(
                    Place::local(t),
                    bool_ty,
                    Rvalue::BinaryOp(BinOp::Eq, Operand::Copy(fa), Operand::Copy(fb)),
                );
            } else {
                let r = d.ref_of(f.rty, RaMut::Not);
                let rty = d.ty(r)?;
                let ra = d.local(rty);
                let rb = d.local(rty);
                d.assign(Place::local(ra), rty, Rvalue::Ref(BorrowKind::Shared, fa));
                d.assign(Place::local(rb), rty, Rvalue::Ref(BorrowKind::Shared, fb));
                let callee = d.trait_call(eq_fn, f.rty, true)?;
                d.call(
                    callee,
                    vec![
                        Operand::Move(Place::local(ra)),
                        Operand::Move(Place::local(rb)),
                    ],
                    Place::local(t),
                );
            }
            let next = d.b.new_block();
            d.b.terminate(
                TerminatorKind::SwitchInt {
                    discr: Operand::Copy(Place::local(t)),
                    targets: vec![(0, ret_false)],
                    otherwise: next,
                },
                d.span,
            );
            d.b.cur = next;
        }
        d.assign(
            Place::local(LocalId(0)),
            bool_ty,
            Rvalue::Use(Operand::Const(Const {
                ty: bool_ty,
                kind: ConstKind::Scalar(1),
            })),
        );
        d.b.goto(end, d.span);
    }
    d.b.cur = ret_false;
    d.assign(
        Place::local(LocalId(0)),
        bool_ty,
        Rvalue::Use(Operand::Const(Const {
            ty: bool_ty,
            kind: ConstKind::Scalar(0),
        })),
    );
    d.b.goto(end, d.span);
    d.b.cur = end;
    Ok(())
}

/// `fn cmp(&self, other: &Self) -> Ordering` / `fn partial_cmp(&self, other: &Self) -> Option<Ordering>`
fn ordering<'db>(d: &mut D<'_, '_, 'db>, variants: &[Variant<'db>], partial: bool) -> R<()> {
    let lang = d.cx.mono.interner.lang_items();
    let (trait_, mname) = if partial {
        (lang.PartialOrd, "partial_cmp")
    } else {
        (lang.Ord, "cmp")
    };
    let method = trait_method(d, trait_, mname);
    let Some(mf) = method else {
        return Err(d.cx.unsupported(
            "derived ordering without the `Ord`/`PartialOrd` lang items",
            d.span,
        ));
    };
    // The return type from the trait method's signature.
    let sig =
        d.cx.db
            .callable_item_signature(CallableDefId::FunctionId(mf));
    let sig_args: Vec<_> = if partial {
        vec![d.self_rty.into(), d.self_rty.into()]
    } else {
        vec![d.self_rty.into()]
    };
    let interner = d.cx.mono.interner;
    let ret_rty = interner
        .instantiate_bound_regions_with_erased(
            sig.instantiate(interner, GenericArgs::new_from_slice(&sig_args))
                .skip_norm_wip(),
        )
        .output();
    let ret_ty = d.ty(ret_rty)?;
    d.local(ret_ty);
    let (a, b) = two_self_args(d)?;
    let end = d.b.new_block();
    // `Equal` is discriminant 0 of `Ordering`; for `Option<Ordering>` the value `Some(Equal)`.
    let i8_ty = d.ty(Ty::new_int(
        d.cx.mono.interner,
        ra_ap_rustc_type_ir::IntTy::I8,
    ))?;
    let write_cmp = |d: &mut D, x: Operand, y: Operand| -> R<()> {
        // Ordering from comparing two integers (variant indices).
        let ord_place = if partial {
            Place::local(LocalId(0))
                .project(ProjElem::Downcast(1))
                .project(ProjElem::Field(0, i8_ty))
        } else {
            Place::local(LocalId(0))
        };
        d.assign(ord_place, i8_ty, Rvalue::BinaryOp(BinOp::Cmp, x, y));
        if partial {
            d.b.push(
                StatementKind::SetDiscriminant(Place::local(LocalId(0)), 1),
                d.span,
            );
        }
        Ok(())
    };
    if variants.len() > 1 {
        let da = d.discr(a.clone())?;
        let db_ = d.discr(b.clone())?;
        let bool_ty = d.bool_ty;
        let t = d.local(bool_ty);
        d.assign(
            Place::local(t),
            bool_ty,
            Rvalue::BinaryOp(
                BinOp::Eq,
                Operand::Copy(Place::local(da)),
                Operand::Copy(Place::local(db_)),
            ),
        );
        let same = d.b.new_block();
        let differ = d.b.new_block();
        d.b.terminate(
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::local(t)),
                targets: vec![(0, differ)],
                otherwise: same,
            },
            d.span,
        );
        d.b.cur = differ;
        write_cmp(
            d,
            Operand::Copy(Place::local(da)),
            Operand::Copy(Place::local(db_)),
        )?;
        d.b.goto(end, d.span);
        d.b.cur = same;
    }
    let blocks = d.switch_variants(a.clone(), variants)?;
    for (v, blk) in variants.iter().zip(blocks) {
        d.b.cur = blk;
        let va = variant_place(a.clone(), v, variants.len());
        let vb = variant_place(b.clone(), v, variants.len());
        for f in &v.fields {
            let fa = va.clone().project(ProjElem::Field(f.idx, f.ty));
            let fb = vb.clone().project(ProjElem::Field(f.idx, f.ty));
            let r = d.ref_of(f.rty, RaMut::Not);
            let rty = d.ty(r)?;
            let ra = d.local(rty);
            let rb = d.local(rty);
            d.assign(Place::local(ra), rty, Rvalue::Ref(BorrowKind::Shared, fa));
            d.assign(Place::local(rb), rty, Rvalue::Ref(BorrowKind::Shared, fb));
            let callee = d.trait_call(method, f.rty, partial)?;
            d.call(
                callee,
                vec![
                    Operand::Move(Place::local(ra)),
                    Operand::Move(Place::local(rb)),
                ],
                Place::local(LocalId(0)),
            );
            // Continue only while the result is `Equal` (`Some(Equal)`).
            let eq_discr = if partial {
                let dd = d.discr(Place::local(LocalId(0)))?;
                let next = d.b.new_block();
                d.b.terminate(
                    TerminatorKind::SwitchInt {
                        discr: Operand::Copy(Place::local(dd)),
                        targets: vec![(1, next)],
                        otherwise: end,
                    },
                    d.span,
                );
                d.b.cur = next;
                // The `Ordering` inside `Some`, read as its `i8` value (`Equal` is 0).
                Operand::Copy(
                    Place::local(LocalId(0))
                        .project(ProjElem::Downcast(1))
                        .project(ProjElem::Field(0, i8_ty)),
                )
            } else {
                Operand::Copy(Place::local(d.discr(Place::local(LocalId(0)))?))
            };
            let next = d.b.new_block();
            d.b.terminate(
                TerminatorKind::SwitchInt {
                    discr: eq_discr,
                    targets: vec![(0, next)],
                    otherwise: end,
                },
                d.span,
            );
            d.b.cur = next;
        }
        let zero = Operand::Const(Const {
            ty: i8_ty,
            kind: ConstKind::Scalar(0),
        });
        write_cmp(d, zero.clone(), zero)?;
        d.b.goto(end, d.span);
    }
    d.b.cur = end;
    Ok(())
}

/// `fn default() -> Self` for structs.
fn default<'db>(d: &mut D<'_, '_, 'db>, variants: &[Variant<'db>]) -> R<()> {
    let self_ty = d.self_ty;
    d.local(self_ty);
    if variants.len() != 1 || d.cx.program.tys.get(self_ty).variants.len() > 1 {
        return Err(d.cx.unsupported("`#[derive(Default)]` on enums", d.span));
    }
    let lang = d.cx.mono.interner.lang_items();
    let default_fn = trait_method(d, lang.Default, "default");
    let mut ops = Vec::new();
    for f in &variants[0].fields {
        let callee = d.trait_call(default_fn, f.rty, false)?;
        let out = d.local(f.ty);
        d.call(callee, vec![], Place::local(out));
        ops.push(Operand::Move(Place::local(out)));
    }
    d.assign(
        Place::local(LocalId(0)),
        self_ty,
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: self_ty,
                variant: 0,
                active_field: None,
            },
            ops,
        ),
    );
    Ok(())
}

/// `fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result`
fn debug<'db>(d: &mut D<'_, '_, 'db>, variants: &[Variant<'db>]) -> R<()> {
    let lib = |d: &D, owner: &str, name: &str| {
        d.cx.library_fn("core", &["fmt"], Some(owner), name)
            .or_else(|| {
                d.cx.library_fn("core", &["fmt", "builders"], Some(owner), name)
            })
    };
    let missing = |d: &D, what: &str| {
        d.cx.unsupported(
            format!("`{what}` in the model library (for a derived `Debug`)"),
            d.span,
        )
    };
    let Some(write_str) = lib(d, "Formatter", "write_str") else {
        return Err(missing(d, "Formatter::write_str"));
    };
    let Some(debug_struct) = lib(d, "Formatter", "debug_struct") else {
        return Err(missing(d, "Formatter::debug_struct"));
    };
    let Some(debug_tuple) = lib(d, "Formatter", "debug_tuple") else {
        return Err(missing(d, "Formatter::debug_tuple"));
    };
    let Some(ds_field) = lib(d, "DebugStruct", "field") else {
        return Err(missing(d, "DebugStruct::field"));
    };
    let Some(ds_finish) = lib(d, "DebugStruct", "finish") else {
        return Err(missing(d, "DebugStruct::finish"));
    };
    let Some(dt_field) = lib(d, "DebugTuple", "field") else {
        return Err(missing(d, "DebugTuple::field"));
    };
    let Some(dt_finish) = lib(d, "DebugTuple", "finish") else {
        return Err(missing(d, "DebugTuple::finish"));
    };
    let db = d.cx.db;
    let interner = d.cx.mono.interner;
    let sig_of = |f: FunctionId| {
        interner.instantiate_bound_regions_with_erased(
            db.callable_item_signature(CallableDefId::FunctionId(f))
                .instantiate_identity()
                .skip_norm_wip(),
        )
    };
    let ws_sig = sig_of(write_str);
    let fmt_ref_rty = ws_sig.inputs()[0];
    let str_ref_rty = ws_sig.inputs()[1];
    let result_rty = ws_sig.output();
    let ds_rty = sig_of(debug_struct).output();
    let dt_rty = sig_of(debug_tuple).output();
    let dyn_ref_rty = sig_of(ds_field).inputs()[2];
    let dyn_rty = match dyn_ref_rty.kind() {
        RaTyKind::Ref(_, t, _) => t,
        _ => return Err(missing(d, "DebugStruct::field(&dyn Debug)")),
    };
    let result_ty = d.ty(result_rty)?;
    let fmt_ref_ty = d.ty(fmt_ref_rty)?;
    let str_ref_ty = d.ty(str_ref_rty)?;
    let dyn_ref_ty = d.ty(dyn_ref_rty)?;
    d.local(result_ty);
    let self_ref = d.ref_of(d.self_rty, RaMut::Not);
    let self_ref = d.ty(self_ref)?;
    let a1 = d.local(self_ref);
    let a2 = d.local(fmt_ref_ty);
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a1)),
        d.span,
    );
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a2)),
        d.span,
    );
    let base = Place::local(a1).project(ProjElem::Deref);
    let blocks = d.switch_variants(base.clone(), variants)?;
    let end = d.b.new_block();
    let u8_ty = d.ty(Ty::new_uint(
        d.cx.mono.interner,
        ra_ap_rustc_type_ir::UintTy::U8,
    ))?;
    let _ = u8_ty;
    let str_const = |d: &mut D, s: &str| -> Operand {
        let pointee = d.cx.program.tys.pointee(str_ref_ty).unwrap_or(str_ref_ty);
        let sid = d.cx.bytes_static(s.as_bytes().to_vec(), pointee);
        Operand::Const(Const {
            ty: str_ref_ty,
            kind: ConstKind::Bytes(sid),
        })
    };
    let reborrow_fmt = |d: &mut D| -> Operand {
        let t = d.local(fmt_ref_ty);
        d.assign(
            Place::local(t),
            fmt_ref_ty,
            Rvalue::Ref(BorrowKind::Mut, Place::local(a2).project(ProjElem::Deref)),
        );
        Operand::Move(Place::local(t))
    };
    for (v, blk) in variants.iter().zip(blocks) {
        d.b.cur = blk;
        let vp = variant_place(base.clone(), v, variants.len());
        if v.fields.is_empty() {
            let f = reborrow_fmt(d);
            let s = str_const(d, &v.name);
            let c =
                d.cx.resolve_callee(write_str, GenericArgs::new_from_slice(&[]), d.span)?;
            d.call(c, vec![f, s], Place::local(LocalId(0)));
            d.b.goto(end, d.span);
            continue;
        }
        let named = v.shape == FieldsShape::Record;
        let (builder_rty, start, field_fn, finish_fn) = if named {
            (ds_rty, debug_struct, ds_field, ds_finish)
        } else {
            (dt_rty, debug_tuple, dt_field, dt_finish)
        };
        let builder_ty = d.ty(builder_rty)?;
        let bl = d.local(builder_ty);
        let f = reborrow_fmt(d);
        let s = str_const(d, &v.name);
        let c =
            d.cx.resolve_callee(start, GenericArgs::new_from_slice(&[]), d.span)?;
        d.call(c, vec![f, s], Place::local(bl));
        let bref_rty = d.ref_of(builder_rty, RaMut::Mut);
        let bref_ty = d.ty(bref_rty)?;
        for fld in &v.fields {
            let br = d.local(bref_ty);
            d.assign(
                Place::local(br),
                bref_ty,
                Rvalue::Ref(BorrowKind::Mut, Place::local(bl)),
            );
            let fp = vp.clone().project(ProjElem::Field(fld.idx, fld.ty));
            let fr_rty = d.ref_of(fld.rty, RaMut::Not);
            let fr_ty = d.ty(fr_rty)?;
            let fr = d.local(fr_ty);
            d.assign(Place::local(fr), fr_ty, Rvalue::Ref(BorrowKind::Shared, fp));
            let vt = d.cx.vtable(fld.rty, dyn_rty)?;
            let dr = d.local(dyn_ref_ty);
            d.assign(
                Place::local(dr),
                dyn_ref_ty,
                Rvalue::CastToDyn(Operand::Move(Place::local(fr)), dyn_ref_ty, vt),
            );
            let out = d.local(bref_ty);
            let c =
                d.cx.resolve_callee(field_fn, GenericArgs::new_from_slice(&[]), d.span)?;
            let mut args = vec![Operand::Move(Place::local(br))];
            if named {
                args.push(str_const(d, &fld.name));
            }
            args.push(Operand::Move(Place::local(dr)));
            d.call(c, args, Place::local(out));
        }
        let br = d.local(bref_ty);
        d.assign(
            Place::local(br),
            bref_ty,
            Rvalue::Ref(BorrowKind::Mut, Place::local(bl)),
        );
        let c =
            d.cx.resolve_callee(finish_fn, GenericArgs::new_from_slice(&[]), d.span)?;
        d.call(
            c,
            vec![Operand::Move(Place::local(br))],
            Place::local(LocalId(0)),
        );
        d.b.goto(end, d.span);
    }
    d.b.cur = end;
    Ok(())
}

/// `fn hash<H: Hasher>(&self, state: &mut H)`: the discriminant (as `isize`) for enums, then every
/// field, each through `Hash::hash`.
fn hash<'db>(
    d: &mut D<'_, '_, 'db>,
    variants: &[Variant<'db>],
    trait_id: Option<ra_ap_hir_def::TraitId>,
    hasher: Ty<'db>,
) -> R<()> {
    let interner = d.cx.mono.interner;
    let Some(hash_fn) = trait_method(d, trait_id, "hash") else {
        return Err(d.cx.unsupported("the `Hash` trait", d.span));
    };
    let unit = d.ty(Ty::new_unit(interner))?;
    d.local(unit);
    let self_ref = d.ref_of(d.self_rty, RaMut::Not);
    let self_ref = d.ty(self_ref)?;
    let h_ref_rty = d.ref_of(hasher, RaMut::Mut);
    let h_ref = d.ty(h_ref_rty)?;
    let a1 = d.local(self_ref);
    let a2 = d.local(h_ref);
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a1)),
        d.span,
    );
    d.b.push(
        StatementKind::Retag(RetagKind::FnEntry, Place::local(a2)),
        d.span,
    );
    let base = Place::local(a1).project(ProjElem::Deref);
    let hash_one = |d: &mut D<'_, '_, 'db>, place: Place, rty: Ty<'db>| -> R<()> {
        let r_rty = d.ref_of(rty, RaMut::Not);
        let r_ty = d.ty(r_rty)?;
        let r = d.local(r_ty);
        d.assign(
            Place::local(r),
            r_ty,
            Rvalue::Ref(BorrowKind::Shared, place),
        );
        let h = d.local(h_ref);
        d.assign(
            Place::local(h),
            h_ref,
            Rvalue::Ref(BorrowKind::Mut, Place::local(a2).project(ProjElem::Deref)),
        );
        let args = GenericArgs::new_from_slice(&[rty.into(), hasher.into()]);
        let c = d.cx.resolve_callee(hash_fn, args, d.span)?;
        let out = d.local(unit);
        d.call(
            c,
            vec![
                Operand::Move(Place::local(r)),
                Operand::Move(Place::local(h)),
            ],
            Place::local(out),
        );
        Ok(())
    };
    if variants.len() > 1 {
        let disc = d.discr(base.clone())?;
        let isize_rty = Ty::new_int(interner, ra_ap_rustc_type_ir::IntTy::Isize);
        hash_one(d, Place::local(disc), isize_rty)?;
    }
    let blocks = d.switch_variants(base.clone(), variants)?;
    let end = d.b.new_block();
    for (v, blk) in variants.iter().zip(blocks) {
        d.b.cur = blk;
        let vp = variant_place(base.clone(), v, variants.len());
        for f in &v.fields {
            hash_one(d, vp.clone().project(ProjElem::Field(f.idx, f.ty)), f.rty)?;
        }
        d.b.goto(end, d.span);
    }
    d.b.cur = end;
    Ok(())
}
