//! The standard prelude: what every module of a user crate sees without imports.
//!
//! `v1` holds the items of all editions: the core prelude, the owned types of `alloc`, and the
//! macros the real std makes visible through `#[macro_use] extern crate std` (which rust-analyzer
//! does not emulate). The `rust_20xx` modules add the edition-specific traits.

/// The items common to every edition.
pub mod v1 {
    pub use core::prelude::v1::*;

    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;

    // Macros (real: exported at the crate roots of std/core/alloc and in scope through
    // `#[macro_use] extern crate std`).
    pub use crate::{dbg, eprint, eprintln, panic, print, println};
    pub use alloc::{format, vec};
    pub use core::{assert, assert_eq, assert_ne, cfg, column, compile_error, concat, debug_assert};
    pub use core::{debug_assert_eq, debug_assert_ne, env, file, format_args, include, include_bytes};
    pub use core::{include_str, line, matches, module_path, option_env, stringify, todo, unimplemented};
    pub use core::{unreachable, write, writeln};
}

/// The 2015 edition prelude.
pub mod rust_2015 {
    pub use super::v1::*;
}

/// The 2018 edition prelude.
pub mod rust_2018 {
    pub use super::v1::*;
}

/// The 2021 edition prelude.
pub mod rust_2021 {
    pub use super::v1::*;
    pub use core::convert::{TryFrom, TryInto};
    pub use core::iter::FromIterator;
}

/// The 2024 edition prelude.
pub mod rust_2024 {
    pub use super::v1::*;
    pub use core::convert::{TryFrom, TryInto};
    pub use core::iter::FromIterator;
}
