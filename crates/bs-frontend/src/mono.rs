//! Monomorphization: substituting an instance's generic arguments into the types rust-analyzer inferred
//! for a generic body, and normalizing associated-type projections (`<T as Iterator>::Item` with
//! `T := Range<i32>` becomes `i32`). Every type the lowering interns goes through [`Mono::ty`].

use ra_ap_base_db::Crate;
use ra_ap_hir_ty::{
    ParamEnvAndCrate,
    db::HirDatabase,
    next_solver::{
        Const, ConstKind, DbInterner, GenericArgs, ParamEnv, Region, RegionKind, Ty, TyKind,
        TypingMode,
        infer::{DbInternerInferExt, InferCtxt, traits::ObligationCause},
        obligation_ctxt::ObligationCtxt,
    },
};
use ra_ap_rustc_type_ir::{
    TypeFlags, TypeFoldable, TypeFolder, TypeSuperFoldable, TypeVisitableExt, inherent::IntoKind,
};

/// The substitution of the instance being lowered, plus the (empty: everything is concrete after
/// substitution) parameter environment used to normalize and to resolve trait impls.
pub struct Mono<'db> {
    pub interner: DbInterner<'db>,
    pub infcx: InferCtxt<'db>,
    pub env: ParamEnvAndCrate<'db>,
    pub subst: GenericArgs<'db>,
}

impl<'db> Mono<'db> {
    pub fn new(db: &'db dyn HirDatabase, krate: Crate, subst: GenericArgs<'db>) -> Mono<'db> {
        let interner = DbInterner::new_with(db, krate);
        let infcx = interner.infer_ctxt().build(TypingMode::PostAnalysis);
        let env = ParamEnvAndCrate {
            param_env: ParamEnv::empty(interner),
            krate,
        };
        Mono {
            interner,
            infcx,
            env,
            subst,
        }
    }

    /// Substitutes and normalizes a type from a generic body.
    pub fn ty(&self, ty: Ty<'db>) -> Ty<'db> {
        ty.fold_with(&mut Filler { mono: self })
    }

    pub fn args(&self, args: GenericArgs<'db>) -> GenericArgs<'db> {
        args.fold_with(&mut Filler { mono: self })
    }

    pub fn konst(&self, c: Const<'db>) -> Const<'db> {
        c.fold_with(&mut Filler { mono: self })
    }

    /// Normalizes a type that is already concrete (e.g. a field type instantiated with concrete args
    /// that may still contain projections).
    pub fn normalize(&self, ty: Ty<'db>) -> Ty<'db> {
        ty.fold_with(&mut Filler { mono: self })
    }
}

struct Filler<'a, 'db> {
    mono: &'a Mono<'db>,
}

impl<'db> TypeFolder<DbInterner<'db>> for Filler<'_, 'db> {
    fn cx(&self) -> DbInterner<'db> {
        self.mono.interner
    }

    fn fold_ty(&mut self, ty: Ty<'db>) -> Ty<'db> {
        if !ty.has_type_flags(TypeFlags::HAS_ALIAS | TypeFlags::HAS_PARAM) {
            return ty;
        }
        match ty.kind() {
            TyKind::Param(param) => {
                let arg = self
                    .mono
                    .subst
                    .as_slice()
                    .get(param.index as usize)
                    .and_then(|a| a.ty());
                arg.unwrap_or(ty)
            }
            TyKind::Alias(..) => {
                let ty = ty.super_fold_with(self);
                let mut ocx = ObligationCtxt::new(&self.mono.infcx);
                let normalized = ocx
                    .structurally_normalize_ty(
                        &ObligationCause::dummy(),
                        self.mono.env.param_env,
                        ty,
                    )
                    .unwrap_or(ty);
                let normalized = normalized.replace_infer_with_error(self.mono.interner);
                if normalized == ty {
                    ty
                } else {
                    normalized.super_fold_with(self)
                }
            }
            _ => ty.super_fold_with(self),
        }
    }

    fn fold_const(&mut self, ct: Const<'db>) -> Const<'db> {
        match ct.kind() {
            ConstKind::Param(param) => self
                .mono
                .subst
                .as_slice()
                .get(param.index as usize)
                .and_then(|a| a.konst())
                .unwrap_or(ct),
            _ => ct.super_fold_with(self),
        }
    }

    fn fold_region(&mut self, region: Region<'db>) -> Region<'db> {
        match region.kind() {
            RegionKind::ReEarlyParam(param) => self
                .mono
                .subst
                .as_slice()
                .get(param.index as usize)
                .and_then(|a| a.region())
                .unwrap_or(region),
            _ => region,
        }
    }
}
