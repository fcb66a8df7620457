//! The frontend: rust-analyzer's crates (unmodified) up to typed HIR, our model library, and our
//! lowering into `bs_ir`.
//!
//! Public API (used by the command line; keep it stable): [`load`], [`Frontend`].

pub mod db;
pub mod diagnostics;
pub mod load;

use bs_ir::{Body, Diagnostic, InstanceId, LowerError, Lowerer, Program, SourceMap};

pub use load::Analysis;

/// The loaded program's analysis state; lowers bodies on demand.
pub struct Frontend {
    pub analysis: Analysis,
}

impl Lowerer for Frontend {
    fn lower_body(
        &mut self,
        program: &mut Program,
        instance: InstanceId,
    ) -> Result<Body, LowerError> {
        let _ = (program, instance);
        Err(LowerError {
            message: "lowering is not implemented yet".into(),
            span: bs_ir::Span::DUMMY,
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
    let program = Program {
        sources: analysis.sources.clone(),
        ..Program::default()
    };
    Ok((program, Frontend { analysis }))
}
