//! Finding the user's `main` and preparing the program for the machine (common types, entry instance).

use ra_ap_hir_def::{ModuleDefId, nameres::crate_def_map};
use ra_ap_hir_ty::next_solver::{DbInterner, GenericArgs, Ty};
use ra_ap_rustc_type_ir::inherent::Ty as _;

use ra_ap_hir_def::FunctionId;
use ra_ap_hir_ty::db::HirDatabase;

use bs_ir::{
    BasicBlock, Body, Callee, CommonTys, DiagKind, Diagnostic, LocalDecl, LocalId, LowerError,
    Operand, Place, Span, Terminator, TerminatorKind,
};

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
) -> Result<(), Box<Diagnostic>> {
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
        return Err(Box::new(Diagnostic::new(
            DiagKind::Error,
            "`main` function not found in crate `main`",
            Span {
                file: analysis.file(ra_ap_base_db::FileId::from_raw(0)),
                lo: 0,
                hi: 0,
            },
            "",
        )));
    };
    let interner = DbInterner::new_with(db, analysis.user_crate);
    let empty = GenericArgs::empty(interner);
    let mut cx = Cx::new(analysis, program, state, empty);
    let err = |e: bs_ir::LowerError| {
        Box::new(Diagnostic::new(
            DiagKind::Unsupported,
            e.message,
            e.span,
            "",
        ))
    };
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
    let main_inst = cx.instance_for_key(
        InstanceKey::Fn(main, empty.store()),
        InstanceOwner::Fn(main),
    );
    let ret = db
        .callable_item_signature(main.into())
        .instantiate_identity()
        .skip_norm_wip()
        .skip_binder()
        .output();
    let entry = if ret.is_unit() {
        main_inst
    } else {
        // `fn main() -> Result<(), E>` and other `Termination` types go through the start shim.
        cx.instance_for_key(InstanceKey::Start(main), InstanceOwner::Fn(main))
    };
    cx.program.entry = Some(entry);
    Ok(())
}

/// The body of `InstanceKey::Start(main)`: `let r = main(); let code = Termination::report(r).to_i32();`
/// then return normally for 0 (so the leak check runs, as after the real `lang_start`) or exit with the
/// code.
pub fn start_shim(cx: &mut Cx<'_, '_>, main: FunctionId) -> Result<Body, LowerError> {
    let db = cx.db;
    let span = cx.program.instances[cx.program.entry.map_or(0, |e| e.index())].span;
    let missing = |what: &str| LowerError {
        message: format!("unsupported: `{what}` is missing from borrowscope's model library"),
        span,
    };
    let interner = cx.mono.interner;
    let empty = GenericArgs::empty(interner);
    let ret = db
        .callable_item_signature(main.into())
        .instantiate_identity()
        .skip_norm_wip()
        .skip_binder()
        .output();
    let report = cx
        .library_fn("std", &["process"], Some("Termination"), "report")
        .ok_or_else(|| missing("Termination::report"))?;
    let to_i32 = cx
        .library_fn("std", &["process"], Some("ExitCode"), "to_i32")
        .ok_or_else(|| missing("ExitCode::to_i32"))?;
    let main_callee = cx.resolve_callee(main, empty, span)?;
    let report_callee =
        cx.resolve_callee(report, GenericArgs::new_from_slice(&[ret.into()]), span)?;
    let to_i32_callee = cx.resolve_callee(to_i32, empty, span)?;
    let exit_code_ty = db
        .callable_item_signature(report.into())
        .instantiate(interner, GenericArgs::new_from_slice(&[ret.into()]))
        .skip_norm_wip()
        .skip_binder()
        .output();
    let local = |ty| LocalDecl {
        ty,
        name: None,
        span,
        mutable: true,
    };
    let locals = vec![
        local(cx.program.tys.common.unit.ok_or_else(|| missing("()"))?),
        local(cx.intern_ty(ret)?),
        local(cx.intern_ty(exit_code_ty)?),
        local(cx.intern_ty(Ty::new_int(interner, ra_ap_rustc_type_ir::IntTy::I32))?),
    ];
    let call = |callee, arg: Option<u32>, dest: u32, target: Option<u32>| BasicBlock {
        statements: Vec::new(),
        terminator: Terminator {
            kind: TerminatorKind::Call {
                callee,
                args: arg
                    .map(|a| Operand::Move(Place::local(LocalId(a))))
                    .into_iter()
                    .collect(),
                dest: Place::local(LocalId(dest)),
                target: target.map(bs_ir::BlockId),
            },
            span,
        },
    };
    let blocks = vec![
        call(main_callee, None, 1, Some(1)),
        call(report_callee, Some(1), 2, Some(2)),
        call(to_i32_callee, Some(2), 3, Some(3)),
        BasicBlock {
            statements: Vec::new(),
            terminator: Terminator {
                kind: TerminatorKind::SwitchInt {
                    discr: Operand::Copy(Place::local(LocalId(3))),
                    targets: vec![(0, bs_ir::BlockId(4))],
                    otherwise: bs_ir::BlockId(5),
                },
                span,
            },
        },
        BasicBlock {
            statements: Vec::new(),
            terminator: Terminator {
                kind: TerminatorKind::Return,
                span,
            },
        },
        call(
            Callee::Intrinsic(bs_ir::Intrinsic::Exit, Vec::new()),
            Some(3),
            0,
            None,
        ),
    ];
    Ok(Body {
        name: "std::rt::lang_start".into(),
        locals,
        arg_count: 0,
        blocks,
        span,
        track_caller: false,
    })
}
