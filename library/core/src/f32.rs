//! `core::f32`: the constants module (`core::f32::consts::PI`) and the legacy constants.

pub use crate::num::f32_consts as consts;

pub const EPSILON: f32 = f32::EPSILON;
pub const MIN: f32 = f32::MIN;
pub const MIN_POSITIVE: f32 = f32::MIN_POSITIVE;
pub const MAX: f32 = f32::MAX;
pub const INFINITY: f32 = f32::INFINITY;
pub const NEG_INFINITY: f32 = f32::NEG_INFINITY;
pub const NAN: f32 = f32::NAN;
pub const DIGITS: u32 = f32::DIGITS;
pub const MANTISSA_DIGITS: u32 = f32::MANTISSA_DIGITS;
pub const RADIX: u32 = f32::RADIX;
