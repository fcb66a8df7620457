//! `std::io`, minimal: the `Write` trait, `stdout()`/`stderr()`, `io::Error`/`io::Result`, and the
//! printing entry points of `print!`/`eprint!`/`dbg!`.
//!
//! Output goes to the machine through `__bs_write(fd, ptr, len)` (fd 1 = stdout, 2 = stderr). There
//! is no buffering: the real stdout is line-buffered, which only changes *when* bytes reach the
//! file descriptor, not which bytes. Standard input is always at end of file (see `read.rs`).

mod error;
mod read;
mod stdio;

pub use self::read::{BufRead, Lines, Read, Stdin, StdinLock, stdin};
pub use self::error::{Error, ErrorKind, Result};
pub use self::stdio::{Stderr, StderrLock, Stdout, StdoutLock, _eprint, _print, stderr, stdout};
#[doc(hidden)]
pub use self::stdio::{_dbg_location, _dbg_value};

use core::fmt;

use alloc::vec::Vec;

/// A sink of bytes (real: `std::io::Write`).
pub trait Write {
    /// Writes some bytes and returns how many were written.
    fn write(&mut self, buf: &[u8]) -> Result<usize>;

    /// Flushes buffered output (nothing is buffered here).
    fn flush(&mut self) -> Result<()>;

    /// Writes all of `buf`, retrying on short writes.
    fn write_all(&mut self, mut buf: &[u8]) -> Result<()> {
        while !buf.is_empty() {
            match self.write(buf) {
                Ok(0) => return Err(Error::new_const(ErrorKind::WriteZero, "failed to write whole buffer")),
                Ok(n) => buf = &buf[n..],
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Writes formatted text (the target of `write!`/`writeln!` on an `io::Write`).
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
        // Adapts `fmt::Write` to `io::Write`, remembering the I/O error that stopped formatting.
        struct Adapter<'a, T: ?Sized + 'a> {
            inner: &'a mut T,
            error: Result<()>,
        }

        impl<T: Write + ?Sized> fmt::Write for Adapter<'_, T> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                match self.inner.write_all(s.as_bytes()) {
                    Ok(()) => Ok(()),
                    Err(e) => {
                        self.error = Err(e);
                        Err(fmt::Error)
                    }
                }
            }
        }

        let mut output = Adapter { inner: self, error: Ok(()) };
        match fmt::write(&mut output, args) {
            Ok(()) => Ok(()),
            Err(..) => {
                if output.error.is_err() {
                    output.error
                } else {
                    panic!("a formatting trait implementation returned an error when the underlying stream did not");
                }
            }
        }
    }

    /// Borrows the writer (`&mut W` is also a writer).
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        (**self).write(buf)
    }

    fn flush(&mut self) -> Result<()> {
        (**self).flush()
    }
}

impl Write for Vec<u8> {
    /// Appends the bytes (never fails).
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        self.extend_from_slice(buf);
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A writer that discards everything (real: `std::io::sink`).
pub struct Sink;

/// Creates a writer that discards everything.
pub const fn sink() -> Sink {
    Sink
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// The traits commonly imported with `use std::io::prelude::*`.
pub mod prelude {
    pub use super::{BufRead, Read, Write};
}
