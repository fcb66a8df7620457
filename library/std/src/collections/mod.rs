//! `std::collections`: the collections of `alloc` (`VecDeque`, ...).

pub use alloc::collections::*;
