//! borrowscope's model of `alloc`: heap allocation, `Box`, `Vec`, `String`, `Rc`, formatting into a
//! `String`, and the allocating methods of slices and `str`.
//!
//! Like the model `core`, this crate is never compiled to machine code: rust-analyzer type-checks it
//! and borrowscope's lowering turns the bodies a program needs into IR for the abstract machine. So it
//! is written the way the real `alloc` is: raw pointers and the allocation hooks of `core::bs_hooks`
//! (`__bs_alloc`, `__bs_dealloc`, `__bs_realloc`), which lets the aliasing models see every access
//! `Vec`, `Box` and `String` make to their buffers.
//!
//! Simplifications compared with the real crate:
//! * no allocator parameter (`Box<T>`, `Vec<T>` instead of `Box<T, A>`, `Vec<T, A>`);
//! * no unwinding: nothing here is written to be panic-safe beyond what the machine needs, because a
//!   panic ends the interpreted program (exit code 101);
//! * no specialization (`ToString` is the blanket impl over `Display`).
//!
//! The crate graph gives `alloc` the single dependency `core`; with `#![no_std]` rust-analyzer injects
//! `core::prelude::rust_20xx`.

#![no_std]
#![feature(lang_items, rustc_attrs, fundamental, unsize, coerce_unsized, dispatch_from_dyn)]
#![feature(allocator_api, unboxed_closures, fn_traits, tuple_trait, never_type, dropck_eyepatch)]
#![feature(decl_macro, allow_internal_unstable, exact_size_is_empty, trusted_len)]
#![allow(internal_features, incomplete_features, unused, dead_code)]

// Macros first: `macro_rules!` are textually scoped, so the rest of the crate sees `vec!`/`format!`.
#[macro_use]
mod macros;

pub mod alloc;
pub mod borrow;
pub mod boxed;
pub mod collections;
pub mod fmt;
mod raw_vec;
pub mod rc;
pub mod slice;
pub mod str;
pub mod string;
pub mod sync;
pub mod vec;

/// Items the exported macros (`format!`, `vec!`) reach through `$crate`, so that they work whatever
/// the calling crate has in scope.
#[doc(hidden)]
pub mod __export {
    pub use core::format_args;
}
