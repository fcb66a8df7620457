//! The frontend: rust-analyzer's crates (unmodified) up to typed HIR, our model library, and our
//! lowering into `bs_ir`.
//!
//! Public API (used by the command line; keep it stable): [`load`], [`Frontend`].

pub mod builtin_clone;
pub mod cx;
pub mod db;
pub mod diagnostics;
mod entry;
pub mod instance;
pub mod intrinsics;
pub mod load;
pub mod lower;
pub mod mono;
pub mod types;

use bs_ir::{Body, Diagnostic, InstanceId, LowerError, Lowerer, Program, SourceMap};

pub use load::Analysis;

/// The loaded program's analysis state; lowers bodies on demand.
pub struct Frontend {
    pub analysis: Analysis,
    pub state: cx::FrontendState,
}

impl Lowerer for Frontend {
    fn lower_body(
        &mut self,
        program: &mut Program,
        instance: InstanceId,
    ) -> Result<Body, LowerError> {
        let Some(key) = self.state.keys.get(instance.index()).cloned() else {
            return Err(LowerError {
                message: format!("unknown instance {instance:?}"),
                span: bs_ir::Span::DUMMY,
            });
        };
        let analysis = &self.analysis;
        let state = &mut self.state;
        ra_ap_hir_ty::attach_db(&analysis.db, || {
            let subst = match &key {
                cx::InstanceKey::Fn(_, a)
                | cx::InstanceKey::Closure(_, a)
                | cx::InstanceKey::Const(_, a)
                | cx::InstanceKey::DeriveMethod(_, _, a)
                | cx::InstanceKey::Ctor(_, a) => a.as_ref(),
                _ => ra_ap_hir_ty::next_solver::GenericArgs::empty(
                    ra_ap_hir_ty::next_solver::DbInterner::new_with(
                        &analysis.db,
                        analysis.user_crate,
                    ),
                ),
            };
            let mut cx = cx::Cx::new(analysis, program, state, subst);
            let body = match &key {
                cx::InstanceKey::Start(main) => entry::start_shim(&mut cx, *main)?,
                cx::InstanceKey::BuiltinClone(ty) => {
                    builtin_clone::clone_shim(&mut cx, ty.as_ref())?
                }
                _ => lower::lower_instance(&mut cx, &key)?,
            };
            if cfg!(debug_assertions) {
                body.validate().map_err(|m| LowerError {
                    message: format!("internal: invalid IR: {m}"),
                    span: body.span,
                })?;
            }
            Ok(body)
        })
    }
}

/// Why loading failed: the diagnostics, and the sources their spans point into.
pub struct LoadErrors {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads one user source file (`display_path` is how diagnostics name it, e.g. as given on the command
/// line) together with the model library. Frontend errors (syntax, names, types) come back as
/// `DiagKind::Error` diagnostics; on success the `Program` has `entry` set to the user's `main`.
pub fn load(display_path: &str, text: String) -> Result<(Program, Frontend), LoadErrors> {
    let analysis = Analysis::new(display_path, text);
    let diagnostics = ra_ap_hir_ty::attach_db(&analysis.db, || {
        diagnostics::collect(&analysis, analysis.user_crate)
    });
    if diagnostics.iter().any(|d| d.kind == bs_ir::DiagKind::Error) {
        return Err(LoadErrors {
            sources: analysis.sources.clone(),
            diagnostics,
        });
    }
    let mut program = Program {
        sources: analysis.sources.clone(),
        ..Program::default()
    };
    let mut state = cx::FrontendState::default();
    let entry = ra_ap_hir_ty::attach_db(&analysis.db, || {
        entry::setup(&analysis, &mut program, &mut state)
    });
    match entry {
        Ok(()) => Ok((program, Frontend { analysis, state })),
        Err(d) => Err(LoadErrors {
            sources: analysis.sources.clone(),
            diagnostics: vec![*d],
        }),
    }
}
