//! Reading: the `Read` and `BufRead` traits, and standard input.
//!
//! The machine has no input hook, so standard input is always at end of file: `read` returns 0 and
//! `read_line` returns `Ok(0)`, which is exactly what a native program sees with an empty stdin.

use alloc::string::String;
use alloc::vec::Vec;

use super::{Error, ErrorKind, Result};

/// A source of bytes (real: `std::io::Read`).
pub trait Read {
    /// Reads some bytes into `buf`; returns how many (0 at end of file).
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;

    /// Reads everything until end of file, appending to `buf`.
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        let mut chunk = [0u8; 64];
        let mut total = 0;
        loop {
            let n = self.read(&mut chunk)?;
            if n == 0 {
                return Ok(total);
            }
            buf.extend_from_slice(&chunk[..n]);
            total += n;
        }
    }

    /// Reads everything until end of file as UTF-8, appending to `buf`.
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let n = self.read_to_end(&mut bytes)?;
        match String::from_utf8(bytes) {
            Ok(s) => {
                buf.push_str(&s);
                Ok(n)
            }
            Err(_) => Err(Error::new_const(ErrorKind::InvalidData, "stream did not contain valid UTF-8")),
        }
    }
}

/// A buffered source of bytes (real: `std::io::BufRead`).
pub trait BufRead: Read {
    /// Reads up to and including the next `\n` into `buf`; returns the number of bytes read.
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        loop {
            let n = self.read(&mut byte)?;
            if n == 0 {
                break;
            }
            line.push(byte[0]);
            if byte[0] == b'\n' {
                break;
            }
        }
        let n = line.len();
        match String::from_utf8(line) {
            Ok(s) => {
                buf.push_str(&s);
                Ok(n)
            }
            Err(_) => Err(Error::new_const(ErrorKind::InvalidData, "stream did not contain valid UTF-8")),
        }
    }

    /// The lines of the input, without their line terminators.
    fn lines(self) -> Lines<Self>
    where
        Self: Sized,
    {
        Lines { buf: self }
    }
}

/// The iterator of [`BufRead::lines`].
pub struct Lines<B> {
    buf: B,
}

impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        let mut buf = String::new();
        match self.buf.read_line(&mut buf) {
            Ok(0) => None,
            Ok(_) => {
                if buf.ends_with('\n') {
                    buf.pop();
                    if buf.ends_with('\r') {
                        buf.pop();
                    }
                }
                Some(Ok(buf))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

impl Read for &[u8] {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = if buf.len() < self.len() { buf.len() } else { self.len() };
        buf[..n].copy_from_slice(&self[..n]);
        *self = &self[n..];
        Ok(n)
    }
}

impl BufRead for &[u8] {}

/// A handle to the standard input (always at end of file, see the module documentation).
pub struct Stdin {
    _private: (),
}

/// A locked handle to the standard input.
pub struct StdinLock<'a> {
    _marker: core::marker::PhantomData<&'a ()>,
}

/// A handle to the standard input.
pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

impl Stdin {
    /// Locks the handle.
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock { _marker: core::marker::PhantomData }
    }

    /// Reads a line (see [`BufRead::read_line`]).
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        self.lock().read_line(buf)
    }

    /// The lines of the input.
    pub fn lines(self) -> Lines<StdinLock<'static>> {
        self.lock().lines()
    }
}

impl Read for Stdin {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> {
        Ok(0)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> {
        Ok(0)
    }
}

impl BufRead for StdinLock<'_> {}
