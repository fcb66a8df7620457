//! Overloadable operators (`+`, `[]`, `*`, `()`, `?`, `..`), `Deref`, `Drop`, and the unsizing
//! coercion traits. Each operator trait carries the lang item rust-analyzer uses to resolve it.

mod arith;
mod bit;
mod control_flow;
mod deref;
mod drop;
mod function;
mod index;
mod range;
mod try_trait;
mod unsize;

pub use self::arith::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, RemAssign, Sub, SubAssign};
pub use self::bit::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Not};
pub use self::bit::{Shl, ShlAssign, Shr, ShrAssign};
pub use self::control_flow::ControlFlow;
pub use self::deref::{Deref, DerefMut, DerefPure, Receiver};
pub use self::drop::Drop;
pub use self::function::{Fn, FnMut, FnOnce};
pub use self::index::{Index, IndexMut};
pub use self::range::{Bound, Range, RangeBounds, RangeFrom, RangeFull, RangeInclusive, RangeTo};
pub use self::range::RangeToInclusive;
pub use self::try_trait::{FromResidual, Residual, Try};
pub use self::unsize::{CoerceUnsized, DispatchFromDyn};
