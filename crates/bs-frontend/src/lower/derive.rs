//! Bodies of the methods of builtin `#[derive]` impls (rust-analyzer 0.0.348 keeps derives of the
//! standard traits as builtin impls without HIR bodies, so their bodies are synthesized here).

use ra_ap_hir_def::{BuiltinDeriveImplId, builtin_derive::BuiltinDeriveImplMethod};
use ra_ap_hir_ty::next_solver::GenericArgs;

use bs_ir::{Body, Span};

use super::R;
use crate::cx::Cx;

pub(crate) fn derive_method<'db>(
    cx: &mut Cx<'_, 'db>,
    _imp: BuiltinDeriveImplId,
    method: BuiltinDeriveImplMethod,
    _args: GenericArgs<'db>,
) -> R<Body> {
    Err(cx.unsupported(format!("derived method `{method:?}`"), Span::DUMMY))
}
