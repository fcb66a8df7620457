//! `core::f64`: the constants module (`core::f64::consts::PI`) and the legacy constants.

pub use crate::num::f64_consts as consts;

pub const EPSILON: f64 = f64::EPSILON;
pub const MIN: f64 = f64::MIN;
pub const MIN_POSITIVE: f64 = f64::MIN_POSITIVE;
pub const MAX: f64 = f64::MAX;
pub const INFINITY: f64 = f64::INFINITY;
pub const NEG_INFINITY: f64 = f64::NEG_INFINITY;
pub const NAN: f64 = f64::NAN;
pub const DIGITS: u32 = f64::DIGITS;
pub const MANTISSA_DIGITS: u32 = f64::MANTISSA_DIGITS;
pub const RADIX: u32 = f64::RADIX;
