//! `std::panic`: everything of `core::panic` (`Location`, `PanicInfo`, the `panic_2021!` macro that
//! std's `panic!` expands to, ...).
//!
//! Unwinding is not modelled: a panic ends the program with exit code 101, so `catch_unwind` is not
//! provided.

#[doc(inline)]
pub use core::panic::*;
