//! Panic support visible to users: `Location` (lang item `panic_location`, obtained through the
//! `caller_location` intrinsic, which honours `#[track_caller]`), `PanicInfo`, and the
//! edition-specific `panic!`/`unreachable!` macros that rust-analyzer's builtin `panic!` expands to.

use crate::fmt;

/// A source location (`file:line:col`), as reported in panic messages.
#[lang = "panic_location"]
#[derive(Copy, Clone, Debug, Hash, Ord, PartialEq, Eq, PartialOrd)]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    /// The location of the caller (through `#[track_caller]` frames).
    #[inline]
    #[track_caller]
    pub const fn caller() -> &'static Location<'static> {
        crate::intrinsics::caller_location()
    }

    #[inline]
    pub const fn file(&self) -> &'a str {
        self.file
    }

    #[inline]
    pub const fn line(&self) -> u32 {
        self.line
    }

    #[inline]
    pub const fn column(&self) -> u32 {
        self.col
    }

    #[doc(hidden)]
    pub const fn internal_constructor(file: &'a str, line: u32, col: u32) -> Self {
        Location { file, line, col }
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// Information about a panic (passed to panic hooks in real std).
pub struct PanicInfo<'a> {
    message: &'a fmt::Arguments<'a>,
    location: &'a Location<'a>,
}

impl<'a> PanicInfo<'a> {
    pub fn new(message: &'a fmt::Arguments<'a>, location: &'a Location<'a>) -> Self {
        PanicInfo { message, location }
    }

    pub fn location(&self) -> crate::option::Option<&Location<'_>> {
        crate::option::Option::Some(self.location)
    }

    pub fn message(&self) -> &fmt::Arguments<'a> {
        self.message
    }
}

impl fmt::Display for PanicInfo<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("panicked at ")?;
        self.location.fmt(formatter)?;
        formatter.write_str(":\n")?;
        formatter.write_fmt(*self.message)
    }
}

/// `panic!` in the 2021+ editions: always a format string.
#[rustc_macro_transparency = "semiopaque"]
#[allow_internal_unstable(core_panic, const_format_args)]
pub macro panic_2021 {
    () => (
        $crate::panicking::panic("explicit panic")
    ),
    ($($t:tt)+) => (
        $crate::panicking::panic_fmt($crate::format_args!($($t)+))
    ),
}

/// `panic!` in the 2015/2018 editions: a single argument is the message as is.
#[rustc_macro_transparency = "semiopaque"]
#[allow_internal_unstable(core_panic)]
pub macro panic_2015 {
    () => (
        $crate::panicking::panic("explicit panic")
    ),
    ($msg:literal $(,)?) => (
        $crate::panicking::panic($msg)
    ),
    ($msg:expr $(,)?) => (
        $crate::panicking::panic_display(&$msg)
    ),
    ($fmt:expr, $($arg:tt)+) => (
        $crate::panicking::panic_fmt($crate::format_args!($fmt, $($arg)+))
    ),
}

#[rustc_macro_transparency = "semiopaque"]
#[allow_internal_unstable(core_panic)]
pub macro unreachable_2015 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    ),
    ($msg:expr $(,)?) => (
        $crate::panicking::unreachable_display(&$msg)
    ),
    ($fmt:expr, $($arg:tt)*) => (
        $crate::panic!($crate::concat!("internal error: entered unreachable code: ", $fmt), $($arg)*)
    ),
}

#[rustc_macro_transparency = "semiopaque"]
#[allow_internal_unstable(core_panic)]
pub macro unreachable_2021 {
    () => (
        $crate::panicking::panic("internal error: entered unreachable code")
    ),
    ($($t:tt)+) => (
        $crate::panicking::unreachable_fmt($crate::format_args!($($t)+))
    ),
}

/// Marker for types that are safe to use across `catch_unwind` (unwinding is not modelled).
pub auto trait UnwindSafe {}
pub auto trait RefUnwindSafe {}

/// Asserts that a value is unwind safe.
pub struct AssertUnwindSafe<T>(pub T);

impl<T> crate::ops::Deref for AssertUnwindSafe<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> crate::ops::DerefMut for AssertUnwindSafe<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<R, F: crate::ops::FnOnce() -> R> crate::ops::FnOnce<()> for AssertUnwindSafe<F> {
    type Output = R;
    extern "rust-call" fn call_once(self, _args: ()) -> R {
        (self.0)()
    }
}
