//! Lowering of typed HIR bodies to IR bodies (placeholder until the lowering lands).

use bs_ir::{Body, LowerError, Span};

use crate::cx::{Cx, InstanceKey};

pub fn lower_instance(cx: &mut Cx, key: &InstanceKey) -> Result<Body, LowerError> {
    let _ = (cx, key);
    Err(LowerError {
        message: "unsupported: body lowering is not implemented yet".into(),
        span: Span::DUMMY,
    })
}
