//! borrowscope's model of `core`.
//!
//! This crate is not compiled to machine code: rust-analyzer type-checks it together with the user's
//! program, and borrowscope's lowering turns the bodies it needs into IR that the abstract machine
//! interprets. So everything here is written the way the real `core` is written (raw pointers,
//! intrinsics, `UnsafeCell`), which lets the aliasing models see inside `Cell`, slices, iterators...
//!
//! Two kinds of functions have no body:
//! * compiler intrinsics (`#[rustc_intrinsic]`, see [`intrinsics`]), implemented by the machine;
//! * interpreter hooks (`__bs_*`, see [`bs_hooks`]), also implemented by the machine.
//!
//! Things rust-analyzer needs to recognise this crate as `core` (see `library/README.md`):
//! `#![feature(lang_items)]` (without it no lang item is collected), `#![rustc_coherence_is_core]`
//! (inherent impls on primitive types), the `PointeeSized`/`MetaSized`/`Sized` hierarchy, and the
//! `prelude::rust_20xx` modules.

#![no_core]
#![rustc_coherence_is_core]
#![feature(no_core, lang_items, rustc_attrs, intrinsics, decl_macro, fundamental, auto_traits)]
#![feature(negative_impls, unboxed_closures, never_type, prelude_import)]
#![feature(allow_internal_unstable, with_negative_coherence)]
#![feature(f16, f128, builtin_syntax, arbitrary_self_types, dropck_eyepatch, marker_trait_attr)]
#![feature(const_trait_impl, unsized_fn_params, extern_types, structural_match, sized_hierarchy)]
#![feature(rustc_private, transparent_unions, coverage_attribute)]
#![allow(internal_features, incomplete_features, unused, dead_code, non_camel_case_types)]
#![allow(clippy::all, improper_ctypes_definitions, unstable_features)]

// Lets the `::core::...` paths produced by rustc's own builtin macros resolve when this crate is
// checked by real rustc. rust-analyzer's expansions use `$crate` instead.
extern crate self as core;

#[macro_use]
mod macros;

pub mod marker;
pub mod intrinsics;
pub mod bs_hooks;
pub mod ops;
pub mod cmp;
pub mod clone;
pub mod default;
pub mod convert;
pub mod borrow;
pub mod option;
pub mod result;
pub mod mem;
pub mod ptr;
pub mod hint;
pub mod cell;
pub mod num;
pub mod char;
mod unicode_tables;
pub mod bool;
pub mod tuple;
pub mod unit;
pub mod slice;
pub mod str;
pub mod array;
pub mod iter;
pub mod fmt;
pub mod panic;
pub mod panicking;
pub mod hash;
pub mod any;
pub mod f32;
pub mod f64;
pub mod pin;
pub mod alloc;
pub mod error;
pub mod sync;
pub mod ffi;
pub mod primitive;
pub mod time;

/// Integer-named modules (`core::u8::MAX`, ...) exist in real `core` as deprecated constants.
macro_rules! int_module {
    ($($m:ident)*) => {$(
        #[doc(hidden)]
        pub mod $m {
            pub const MIN: $m = $m::MIN;
            pub const MAX: $m = $m::MAX;
        }
    )*};
}
int_module! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }

pub mod prelude;

#[prelude_import]
#[allow(unused)]
use prelude::rust_2024::*;

