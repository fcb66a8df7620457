//! Formatting of `f32`/`f64` (placeholder, replaced below).

use super::{Debug, Display, Formatter, LowerExp, Result, UpperExp};

macro_rules! float_fmt {
    ($($t:ty)*) => {$(
        impl Display for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                f.write_str("<float>")
            }
        }
        impl Debug for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                f.write_str("<float>")
            }
        }
        impl LowerExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                f.write_str("<float>")
            }
        }
        impl UpperExp for $t {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                f.write_str("<float>")
            }
        }
    )*};
}
float_fmt! { f32 f64 }
