//! Standard output and error: `Stdout`/`Stderr` handles, and `_print`/`_eprint`, the functions behind
//! `print!`/`println!`/`eprint!`/`eprintln!`.

use core::bs_hooks;
use core::fmt;
use core::panic::Location;

use alloc::string::String;

use super::{Result, Write};

/// Writes all of `bytes` to file descriptor `fd` through the machine.
fn write_fd(fd: i32, bytes: &[u8]) {
    // SAFETY: `bytes` is a valid slice for the duration of the call.
    unsafe { bs_hooks::__bs_write(fd, bytes.as_ptr(), bytes.len()) }
}

/// Formats `args` into a buffer and writes it to `fd` in one piece.
fn print_to(fd: i32, args: fmt::Arguments<'_>, label: &str) {
    let mut buf = String::new();
    if fmt::Write::write_fmt(&mut buf, args).is_err() {
        panic!("failed printing to {label}: formatter error");
    }
    write_fd(fd, buf.as_bytes());
}

/// The target of `print!`/`println!`.
#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    print_to(1, args, "stdout");
}

/// The target of `eprint!`/`eprintln!`.
#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    print_to(2, args, "stderr");
}

/// `dbg!()` without arguments: prints `[FILE:LINE:COL]`.
#[doc(hidden)]
pub fn _dbg_location(location: &Location<'_>) {
    _eprint(core::format_args!("[{}:{}:{}]\n", location.file(), location.line(), location.column()));
}

/// `dbg!(expr)`: prints `[FILE:LINE:COL] EXPR = VALUE` with `{:#?}`.
#[doc(hidden)]
pub fn _dbg_value<T: fmt::Debug + ?Sized>(location: &Location<'_>, expr: &str, value: &T) {
    _eprint(core::format_args!("[{}:{}:{}] {} = {:#?}\n", location.file(), location.line(), location.column(), expr, value));
}

/// A handle to the standard output.
pub struct Stdout {
    _private: (),
}

/// A locked handle to the standard output (locking is a no-op: the machine runs one thread).
pub struct StdoutLock<'a> {
    _marker: core::marker::PhantomData<&'a ()>,
}

/// A handle to the standard error.
pub struct Stderr {
    _private: (),
}

/// A locked handle to the standard error.
pub struct StderrLock<'a> {
    _marker: core::marker::PhantomData<&'a ()>,
}

/// A handle to the standard output.
pub fn stdout() -> Stdout {
    Stdout { _private: () }
}

/// A handle to the standard error.
pub fn stderr() -> Stderr {
    Stderr { _private: () }
}

impl Stdout {
    /// Locks the handle.
    pub fn lock(&self) -> StdoutLock<'static> {
        StdoutLock { _marker: core::marker::PhantomData }
    }
}

impl Stderr {
    /// Locks the handle.
    pub fn lock(&self) -> StderrLock<'static> {
        StderrLock { _marker: core::marker::PhantomData }
    }
}

macro_rules! impl_write_fd {
    ($ty:ty, $fd:expr) => {
        impl Write for $ty {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                write_fd($fd, buf);
                Ok(buf.len())
            }

            fn write_all(&mut self, buf: &[u8]) -> Result<()> {
                write_fd($fd, buf);
                Ok(())
            }

            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }
    };
}

impl_write_fd!(Stdout, 1);
impl_write_fd!(StdoutLock<'_>, 1);
impl_write_fd!(Stderr, 2);
impl_write_fd!(StderrLock<'_>, 2);
impl_write_fd!(&Stdout, 1);
impl_write_fd!(&Stderr, 2);
