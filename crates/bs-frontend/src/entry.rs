//! Finding the user's `main` and preparing the program for the machine (common types, entry instance).

use ra_ap_hir_def::{ModuleDefId, nameres::crate_def_map};
use ra_ap_hir_ty::next_solver::{DbInterner, GenericArgs, Ty};
use ra_ap_rustc_type_ir::inherent::Ty as _;

use bs_ir::{CommonTys, DiagKind, Diagnostic, Span};

use crate::{
    cx::{Cx, FrontendState, InstanceKey},
    instance::InstanceOwner,
    load::Analysis,
};

/// Sets `program.entry` to the user's `main` and fills `program.tys.common`.
pub fn setup(
    analysis: &Analysis,
    program: &mut bs_ir::Program,
    state: &mut FrontendState,
) -> Result<(), Diagnostic> {
    let db = &analysis.db;
    let def_map = crate_def_map(db, analysis.user_crate);
    let root = &def_map[def_map.root_module_id()];
    let main = root.scope.declarations().find_map(|d| match d {
        ModuleDefId::FunctionId(f)
            if ra_ap_hir_def::signatures::FunctionSignature::of(db, f)
                .name
                .as_str()
                == "main" =>
        {
            Some(f)
        }
        _ => None,
    });
    let Some(main) = main else {
        return Err(Diagnostic::new(
            DiagKind::Error,
            "`main` function not found in crate `main`",
            Span {
                file: analysis.file(ra_ap_base_db::FileId::from_raw(0)),
                lo: 0,
                hi: 0,
            },
            "",
        ));
    };
    let interner = DbInterner::new_with(db, analysis.user_crate);
    let empty = GenericArgs::empty(interner);
    let mut cx = Cx::new(analysis, program, state, empty);
    let err = |e: bs_ir::LowerError| Diagnostic::new(DiagKind::Unsupported, e.message, e.span, "");
    let common = CommonTys {
        unit: Some(cx.intern_ty(Ty::new_unit(interner)).map_err(err)?),
        bool: Some(cx.intern_ty(Ty::new_bool(interner)).map_err(err)?),
        usize: Some(cx.intern_ty(Ty::new_usize(interner)).map_err(err)?),
        isize: Some(
            cx.intern_ty(Ty::new_int(interner, ra_ap_rustc_type_ir::IntTy::Isize))
                .map_err(err)?,
        ),
        u8: Some(
            cx.intern_ty(Ty::new_uint(interner, ra_ap_rustc_type_ir::UintTy::U8))
                .map_err(err)?,
        ),
    };
    cx.program.tys.common = common;
    let entry = cx.instance_for_key(
        InstanceKey::Fn(main, empty.store()),
        InstanceOwner::Fn(main),
    );
    cx.program.entry = Some(entry);
    Ok(())
}
