//! The macros of `core`: builtin ones (`format_args!`, `concat!`, `stringify!`, ... expanded by
//! rust-analyzer itself) and `macro_rules!` ones written here (`assert_eq!`, `write!`, ...).
//!
//! `assert!` is deliberately *not* the builtin: rust-analyzer's builtin expansion drops the
//! "assertion failed: COND" message that rustc generates, so we spell it out with `stringify!`.
//! `panic!` and `unreachable!` are builtins that rust-analyzer turns into
//! `$crate::panic::panic_2021!`/`panic_2015!` (and `unreachable_20xx!`), defined in [`crate::panic`].

// ----- builtin macros (bodies are ignored, rust-analyzer expands them itself) -----

#[macro_export]
#[rustc_builtin_macro(core_panic)]
#[allow_internal_unstable(edition_panic, const_format_args)]
macro_rules! panic {
    ($($arg:tt)*) => {
        /* compiler built-in */
    };
}

#[macro_export]
#[rustc_builtin_macro(unreachable)]
#[allow_internal_unstable(edition_panic)]
macro_rules! unreachable {
    ($($arg:tt)*) => {
        /* compiler built-in */
    };
}

#[macro_export]
#[rustc_builtin_macro]
#[allow_internal_unstable(fmt_internals)]
macro_rules! format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
#[allow_internal_unstable(fmt_internals)]
macro_rules! const_format_args {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
#[allow_internal_unstable(fmt_internals)]
macro_rules! format_args_nl {
    ($fmt:expr) => {{ /* compiler built-in */ }};
    ($fmt:expr, $($args:tt)*) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! concat {
    ($($e:expr),* $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! stringify {
    ($($t:tt)*) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! line {
    () => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! column {
    () => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! file {
    () => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! module_path {
    () => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! cfg {
    ($($cfg:tt)*) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
    ($name:expr, $error_msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! option_env {
    ($name:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! include {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! include_str {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! include_bytes {
    ($file:expr $(,)?) => {{ /* compiler built-in */ }};
}

#[macro_export]
#[rustc_builtin_macro]
macro_rules! compile_error {
    ($msg:expr $(,)?) => {{ /* compiler built-in */ }};
}

// ----- macro_rules! macros -----

/// `assert!(cond)` panics with `assertion failed: COND`; with more arguments they are the message.
#[macro_export]
#[allow_internal_unstable(core_panic, edition_panic)]
macro_rules! assert {
    ($cond:expr $(,)?) => {
        if !$cond {
            $crate::panicking::panic_assert($crate::stringify!($cond))
        }
    };
    ($cond:expr, $($arg:tt)+) => {
        if !$cond {
            $crate::panic::panic_2021!($($arg)+)
        }
    };
}

/// Message format (real `core::panicking::assert_failed`):
/// ``assertion `left == right` failed[: MSG]\n  left: L\n right: R``.
#[macro_export]
#[allow_internal_unstable(core_panic)]
macro_rules! assert_eq {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::assert_failed(
                        $crate::panicking::AssertKind::Eq,
                        &*left_val,
                        &*right_val,
                        $crate::option::Option::None,
                    );
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::assert_failed(
                        $crate::panicking::AssertKind::Eq,
                        &*left_val,
                        &*right_val,
                        $crate::option::Option::Some($crate::format_args!($($arg)+)),
                    );
                }
            }
        }
    };
}

#[macro_export]
#[allow_internal_unstable(core_panic)]
macro_rules! assert_ne {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::assert_failed(
                        $crate::panicking::AssertKind::Ne,
                        &*left_val,
                        &*right_val,
                        $crate::option::Option::None,
                    );
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::assert_failed(
                        $crate::panicking::AssertKind::Ne,
                        &*left_val,
                        &*right_val,
                        $crate::option::Option::Some($crate::format_args!($($arg)+)),
                    );
                }
            }
        }
    };
}

/// borrowscope models a debug build, so the `debug_assert*` macros always check.
#[macro_export]
macro_rules! debug_assert {
    ($($arg:tt)*) => {
        $crate::assert!($($arg)*)
    };
}

#[macro_export]
macro_rules! debug_assert_eq {
    ($($arg:tt)*) => {
        $crate::assert_eq!($($arg)*)
    };
}

#[macro_export]
macro_rules! debug_assert_ne {
    ($($arg:tt)*) => {
        $crate::assert_ne!($($arg)*)
    };
}

#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false
        }
    };
}

#[macro_export]
macro_rules! write {
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args!($($arg)*))
    };
}

#[macro_export]
#[allow_internal_unstable(format_args_nl)]
macro_rules! writeln {
    ($dst:expr $(,)?) => {
        $crate::write!($dst, "\n")
    };
    ($dst:expr, $($arg:tt)*) => {
        $dst.write_fmt($crate::format_args_nl!($($arg)*))
    };
}

#[macro_export]
#[allow_internal_unstable(core_panic)]
macro_rules! todo {
    () => {
        $crate::panicking::panic("not yet implemented")
    };
    ($($arg:tt)+) => {
        $crate::panicking::panic_prefixed_fmt("not yet implemented: ", $crate::format_args!($($arg)+))
    };
}

#[macro_export]
#[allow_internal_unstable(core_panic)]
macro_rules! unimplemented {
    () => {
        $crate::panicking::panic("not implemented")
    };
    ($($arg:tt)+) => {
        $crate::panicking::panic_prefixed_fmt("not implemented: ", $crate::format_args!($($arg)+))
    };
}

/// The old `try!` macro (2015 edition).
#[macro_export]
macro_rules! r#try {
    ($expr:expr $(,)?) => {
        match $expr {
            $crate::result::Result::Ok(val) => val,
            $crate::result::Result::Err(err) => {
                return $crate::result::Result::Err($crate::convert::From::from(err));
            }
        }
    };
}

pub(crate) mod builtin {
    /// `#[derive(...)]` itself.
    #[rustc_builtin_macro]
    pub macro derive($item:item) {
        /* compiler built-in */
    }

    #[rustc_builtin_macro]
    pub macro derive_const($item:item) {
        /* compiler built-in */
    }

    #[rustc_builtin_macro]
    pub macro test($item:item) {
        /* compiler built-in */
    }

    #[rustc_builtin_macro]
    pub macro cfg_accessible($item:item) {
        /* compiler built-in */
    }
}
