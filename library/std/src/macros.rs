//! The macros `std` defines itself: `panic!` (std's flavour of the built-in), `print!`, `println!`,
//! `eprint!`, `eprintln!` and `dbg!`.

/// Panics the current thread (the built-in `std_panic`: it expands to
/// `$crate::panic::panic_2021!(..)`, i.e. `std::panic::panic_2021`).
#[macro_export]
#[rustc_builtin_macro(std_panic)]
#[allow_internal_unstable(edition_panic)]
macro_rules! panic {
    ($($arg:tt)*) => {
        /* compiler built-in */
    };
}

/// Prints to the standard output.
#[macro_export]
#[allow_internal_unstable(print_internals)]
macro_rules! print {
    ($($arg:tt)*) => {{
        $crate::io::_print($crate::format_args!($($arg)*));
    }};
}

/// Prints to the standard output, with a newline.
#[macro_export]
#[allow_internal_unstable(print_internals, format_args_nl)]
macro_rules! println {
    () => {
        $crate::print!("\n")
    };
    ($($arg:tt)*) => {{
        $crate::io::_print($crate::format_args_nl!($($arg)*));
    }};
}

/// Prints to the standard error.
#[macro_export]
#[allow_internal_unstable(print_internals)]
macro_rules! eprint {
    ($($arg:tt)*) => {{
        $crate::io::_eprint($crate::format_args!($($arg)*));
    }};
}

/// Prints to the standard error, with a newline.
#[macro_export]
#[allow_internal_unstable(print_internals, format_args_nl)]
macro_rules! eprintln {
    () => {
        $crate::eprint!("\n")
    };
    ($($arg:tt)*) => {{
        $crate::io::_eprint($crate::format_args_nl!($($arg)*));
    }};
}

/// Prints and returns the value of an expression for quick debugging, on the standard error:
/// `[FILE:LINE:COL] EXPR = VALUE` (with `{:#?}`), like the real `dbg!`.
///
/// The location comes from `Location::caller()` through a `#[track_caller]` helper rather than from
/// `file!()`/`line!()`/`column!()`, because rust-analyzer expands `file!()` to a placeholder; the
/// caller location is the `dbg!` invocation, which is what the real macro prints.
#[macro_export]
macro_rules! dbg {
    () => {
        $crate::io::_dbg_location($crate::panic::Location::caller())
    };
    ($val:expr $(,)?) => {
        match $val {
            tmp => {
                $crate::io::_dbg_value($crate::panic::Location::caller(), $crate::stringify!($val), &tmp);
                tmp
            }
        }
    };
    ($($val:expr),+ $(,)?) => {
        ($($crate::dbg!($val)),+,)
    };
}
