//! The `core` prelude, injected by rust-analyzer as `core::prelude::rust_20xx` (or `std`'s when
//! `std` is present). Contents follow real core's `prelude::v1` plus the edition-specific items.

pub mod v1 {
    pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
    pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
    pub use crate::mem::{align_of, align_of_val, drop, size_of, size_of_val};
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::convert::{AsMut, AsRef, From, Into};
    pub use crate::default::Default;
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator};
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};

    // Derive macros (the traits of the same name come from the lines above).
    pub use crate::fmt::macros::Debug;
    pub use crate::hash::macros::Hash;

    // Macros.
    pub use crate::{
        assert, assert_eq, assert_ne, cfg, column, compile_error, concat, debug_assert,
        debug_assert_eq, debug_assert_ne, env, file, format_args, format_args_nl, include,
        include_bytes, include_str, line, matches, module_path, option_env, r#try, stringify, todo,
        unimplemented, unreachable, write, writeln, const_format_args,
    };
    pub use crate::macros::builtin::{derive, derive_const, test, cfg_accessible};
}

/// The 2015 prelude.
pub mod rust_2015 {
    pub use super::v1::*;
    pub use crate::panic;
}

/// The 2018 prelude.
pub mod rust_2018 {
    pub use super::v1::*;
    pub use crate::panic;
}

/// The 2021 prelude: adds `TryFrom`, `TryInto`, `FromIterator`.
pub mod rust_2021 {
    pub use super::v1::*;
    pub use crate::panic;
    pub use crate::convert::{TryFrom, TryInto};
    pub use crate::iter::FromIterator;
}

/// The 2024 prelude: adds `Future`/`IntoFuture` in real core (not modelled).
pub mod rust_2024 {
    pub use super::v1::*;
    pub use crate::panic;
    pub use crate::convert::{TryFrom, TryInto};
    pub use crate::iter::FromIterator;
}
