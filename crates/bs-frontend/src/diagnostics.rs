//! Frontend errors: syntax errors, name-resolution errors and type errors from rust-analyzer, turned
//! into [`bs_ir::Diagnostic`]s of kind `Error` with spans. When an error is about an item of the model
//! library (e.g. a method borrowscope's `std` does not have), the diagnostic says so.

use ra_ap_base_db::Crate;
use ra_ap_hir_def::{
    AssocItemId, DefWithBodyId, ModuleDefId,
    expr_store::Body,
    hir::{ExprId, ExprOrPatId, PatId},
    nameres::{DefMap, crate_def_map, diagnostics::DefDiagnosticKind},
};
use ra_ap_hir_expand::{HirFileId, InFile};
use ra_ap_hir_ty::{
    InferenceDiagnostic, InferenceResult, display::DisplayTarget, display::HirDisplay,
};
use ra_ap_syntax::{AstNode, TextRange};

use bs_ir::{DiagKind, Diagnostic, Span};

use crate::load::Analysis;

/// Every function, const and static body of a crate (including impl and trait items).
pub fn bodies_of_crate(analysis: &Analysis, krate: Crate) -> Vec<DefWithBodyId> {
    let db = &analysis.db;
    let def_map: &DefMap = crate_def_map(db, krate);
    let mut out = Vec::new();
    let push_assoc = |out: &mut Vec<DefWithBodyId>,
                      items: &[(ra_ap_hir_expand::name::Name, AssocItemId)]| {
        for (_, item) in items {
            match item {
                AssocItemId::FunctionId(f) => out.push((*f).into()),
                AssocItemId::ConstId(c) => out.push((*c).into()),
                AssocItemId::TypeAliasId(_) => {}
            }
        }
    };
    for (_, module) in def_map.modules() {
        for decl in module.scope.declarations() {
            match decl {
                ModuleDefId::FunctionId(f) => out.push(f.into()),
                ModuleDefId::ConstId(c) => out.push(c.into()),
                ModuleDefId::StaticId(s) => out.push(s.into()),
                ModuleDefId::TraitId(t) => push_assoc(&mut out, &t.trait_items(db).items),
                _ => {}
            }
        }
        for imp in module.scope.impls() {
            push_assoc(&mut out, &imp.impl_items(db).items);
        }
        for c in module.scope.unnamed_consts() {
            out.push(c.into());
        }
    }
    out
}

/// All frontend errors of `krate`. Must run inside `ra_ap_hir_ty::attach_db`.
pub fn collect(analysis: &Analysis, krate: Crate) -> Vec<Diagnostic> {
    let db = &analysis.db;
    let mut diags = Vec::new();
    let def_map = crate_def_map(db, krate);
    let is_library = krate != analysis.user_crate;

    // Syntax errors of every file of the crate.
    let mut seen_files = Vec::new();
    for (_, module) in def_map.modules() {
        let Some(file) = module.origin.file_id() else {
            continue;
        };
        if seen_files.contains(&file) {
            continue;
        }
        seen_files.push(file);
        if let Some(errors) = file.parse_errors(db) {
            for e in errors.iter() {
                let span = analysis.file_span(file.file_id(db), e.range());
                diags.push(Diagnostic::new(DiagKind::Error, e.to_string(), span, ""));
            }
        }
    }

    // Name resolution.
    for d in def_map.diagnostics() {
        let (message, range) = match &d.kind {
            DefDiagnosticKind::UnresolvedModule { ast, candidates } => (
                format!(
                    "unresolved module, can't find module file: {}",
                    candidates.join(", ")
                ),
                ast_range(ast.file_id, ast.to_ptr(db).text_range()),
            ),
            DefDiagnosticKind::UnresolvedExternCrate { ast } => (
                "unresolved extern crate".to_string(),
                ast_range(ast.file_id, ast.to_ptr(db).text_range()),
            ),
            DefDiagnosticKind::UnresolvedImport { id, .. } => (
                library_hint("unresolved import", is_library),
                ast_range(id.file_id, id.to_ptr(db).text_range()),
            ),
            DefDiagnosticKind::UnresolvedMacroCall { ast, path } => (
                library_hint(
                    &format!(
                        "unresolved macro `{}`",
                        path.display(db, ra_ap_span::Edition::Edition2024)
                    ),
                    is_library,
                ),
                macro_call_range(db, ast),
            ),
            DefDiagnosticKind::MacroError { ast, err, .. } => (
                format!("macro error: {err:?}"),
                ast_range(ast.file_id, ast.to_ptr(db).text_range()),
            ),
            DefDiagnosticKind::MacroDefError { ast, message } => (
                format!("macro definition error: {message}"),
                ast_range(ast.file_id, ast.to_ptr(db).text_range()),
            ),
            // Inactive `#[cfg]` code is not an error; the rest are rare and reported generically.
            DefDiagnosticKind::UnconfiguredCode { .. } => continue,
            other => (format!("{other:?}"), None),
        };
        let span = range.map_or(Span::DUMMY, |r| analysis.span(r));
        diags.push(Diagnostic::new(DiagKind::Error, message, span, ""));
    }

    // Types, per body.
    let display = DisplayTarget::from_crate(db, krate);
    for def in bodies_of_crate(analysis, krate) {
        let (_body, source_map) = Body::with_source_map(db, def);
        let infer = InferenceResult::of(db, def);
        let expr_span = |e: ExprId| {
            source_map
                .expr_syntax(e)
                .ok()
                .map_or(Span::DUMMY, |s| analysis.span(s.map(|p| p.text_range())))
        };
        let pat_span = |p: PatId| {
            source_map
                .pat_syntax(p)
                .ok()
                .map_or(Span::DUMMY, |s| analysis.span(s.map(|p| p.text_range())))
        };
        let node_span = |n: ExprOrPatId| match n {
            ExprOrPatId::ExprId(e) => expr_span(e),
            ExprOrPatId::PatId(p) => pat_span(p),
        };
        for d in infer.diagnostics() {
            let (message, span) = match d {
                InferenceDiagnostic::UnresolvedMethodCall {
                    expr,
                    receiver,
                    name,
                    ..
                } => (
                    library_hint(
                        &format!(
                            "no method named `{}` found for `{}`",
                            name.as_str(),
                            receiver.as_ref().display(db, display)
                        ),
                        true,
                    ),
                    expr_span(*expr),
                ),
                InferenceDiagnostic::UnresolvedField {
                    expr,
                    receiver,
                    name,
                    ..
                } => (
                    format!(
                        "no field `{}` on type `{}`",
                        name.as_str(),
                        receiver.as_ref().display(db, display)
                    ),
                    expr_span(*expr),
                ),
                InferenceDiagnostic::UnresolvedAssocItem { id } => (
                    library_hint("unresolved associated item", true),
                    node_span(id.unpack()),
                ),
                InferenceDiagnostic::UnresolvedIdent { id } => (
                    "cannot find value in this scope".to_string(),
                    node_span(id.unpack()),
                ),
                InferenceDiagnostic::MismatchedArgCount {
                    call_expr,
                    expected,
                    found,
                    ..
                } => (
                    format!("this function takes {expected} arguments but {found} were supplied"),
                    expr_span(*call_expr),
                ),
                InferenceDiagnostic::BreakOutsideOfLoop { expr, .. } => {
                    ("`break` outside of a loop".to_string(), expr_span(*expr))
                }
                InferenceDiagnostic::ExpectedFunction { call_expr, found } => (
                    format!(
                        "expected function, found `{}`",
                        found.as_ref().display(db, display)
                    ),
                    expr_span(*call_expr),
                ),
                InferenceDiagnostic::CannotIndexInto { expr, found } => (
                    library_hint(
                        &format!(
                            "cannot index into a value of type `{}`",
                            found.as_ref().display(db, display)
                        ),
                        true,
                    ),
                    expr_span(*expr),
                ),
                InferenceDiagnostic::TypeMismatch {
                    node,
                    expected,
                    found,
                } => (
                    format!(
                        "mismatched types: expected `{}`, found `{}`",
                        expected.as_ref().display(db, display),
                        found.as_ref().display(db, display)
                    ),
                    node_span(node.unpack()),
                ),
                InferenceDiagnostic::InvalidCast {
                    expr,
                    expr_ty,
                    cast_ty,
                    ..
                } => (
                    format!(
                        "invalid cast from `{}` to `{}`",
                        expr_ty.as_ref().display(db, display),
                        cast_ty.as_ref().display(db, display)
                    ),
                    expr_span(*expr),
                ),
                // Private items and similar are accepted by rustc's rules elsewhere; report the rest
                // generically so nothing is silently dropped.
                InferenceDiagnostic::PrivateField { .. }
                | InferenceDiagnostic::PrivateAssocItem { .. } => continue,
                // `fmt::Formatter` without `<'_>` is the `elided_lifetimes_in_paths` lint (allowed by
                // default), not an error, unless rust-analyzer marks it as a hard error.
                InferenceDiagnostic::TyDiagnostic {
                    diag:
                        ra_ap_hir_ty::TyLoweringDiagnostic::PathDiagnostic {
                            diag:
                                ra_ap_hir_ty::PathLoweringDiagnostic::ElidedLifetimesInPath {
                                    hard_error: false,
                                    ..
                                },
                            ..
                        },
                    ..
                } => continue,
                other => (format!("type error: {other:?}"), Span::DUMMY),
            };
            diags.push(Diagnostic::new(DiagKind::Error, message, span, ""));
        }
    }
    diags
}

fn library_hint(message: &str, possibly_library: bool) -> String {
    if possibly_library {
        format!(
            "{message} (this may be an item borrowscope's model standard library does not have yet)"
        )
    } else {
        message.to_string()
    }
}

fn ast_range(file: HirFileId, range: TextRange) -> Option<InFile<TextRange>> {
    Some(InFile::new(file, range))
}

fn macro_call_range(
    db: &crate::db::Db,
    kind: &ra_ap_hir_expand::MacroCallKind,
) -> Option<InFile<TextRange>> {
    match kind {
        ra_ap_hir_expand::MacroCallKind::FnLike { ast_id, .. } => Some(InFile::new(
            ast_id.file_id,
            ast_id.to_node(db).syntax().text_range(),
        )),
        _ => None,
    }
}
