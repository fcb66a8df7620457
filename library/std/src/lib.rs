//! borrowscope's model of `std`: re-exports of the model `core` and `alloc` under the real paths, the
//! standard prelude, the printing macros, and the few operating-system services a checked program may
//! use (standard output and error, command-line arguments, `process::exit`), each implemented on an
//! interpreter hook of `core::bs_hooks`.
//!
//! rust-analyzer injects `std::prelude::rust_20xx` into the user crate. Macros reach user code through
//! that prelude (rust-analyzer does not emulate the implicit `#[macro_use] extern crate std`), so the
//! prelude re-exports every macro the real std exports at its root.
//!
//! Program start: the machine calls [`rt::lang_start`] (the `start` lang item) with the user's `main`;
//! it runs `main` and turns its result into an exit code with [`process::Termination`].

#![feature(lang_items, rustc_attrs, decl_macro, allow_internal_unstable, never_type)]
#![feature(format_args_nl, allocator_api, fn_traits, unboxed_closures)]
#![allow(internal_features, incomplete_features, unused, dead_code)]

// Macros first: `macro_rules!` are textually scoped.
#[macro_use]
mod macros;

pub mod collections;
pub mod env;
pub mod hash;
pub mod io;
pub mod panic;
pub mod prelude;
pub mod process;
pub mod rt;
pub mod sync;

// Modules of `core`, under their real paths.
pub use core::{any, array, cell, char, clone, cmp, convert, default, hint, iter, marker, mem, ops, option, ptr, result};
pub use core::{error, ffi, num, pin, primitive, time};
pub use core::{f32, f64, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize};

// Modules of `alloc` (they re-export the matching `core` module and add to it).
pub use ::alloc::{borrow, boxed, fmt, rc, slice, str, string, vec};

/// Memory allocation APIs (`std::alloc::{alloc, dealloc, Layout, ...}`).
pub mod alloc {
    pub use ::alloc::alloc::*;
}

// Macros of `core` and `alloc` that the real std exports at its root.
pub use ::alloc::{format, vec};
pub use core::{assert, assert_eq, assert_ne, cfg, column, compile_error, concat, const_format_args, debug_assert};
pub use core::{debug_assert_eq, debug_assert_ne, env, file, format_args, format_args_nl, include, include_bytes};
pub use core::{include_str, line, matches, module_path, option_env, r#try, stringify, todo, unimplemented};
pub use core::{unreachable, write, writeln};
