//! `std::env`: the command-line arguments (`args`, `args_os`), read through the machine's hooks.
//! Environment variables are not modelled: `var` always reports `NotPresent`.

use core::fmt;
use core::iter::FusedIterator;

use alloc::string::String;
use alloc::vec::{self, Vec};

/// An iterator over the arguments of the process, yielding a `String` per argument; the first is the
/// program name, as with the real `args()`.
pub struct Args {
    inner: vec::IntoIter<String>,
}

/// The arguments of the process.
pub fn args() -> Args {
    // SAFETY: the hooks have no preconditions besides `i < count` and a destination of `len` bytes.
    let count = unsafe { core::bs_hooks::__bs_args_count() };
    let mut args = Vec::with_capacity(count);
    let mut i = 0;
    while i < count {
        let len = unsafe { core::bs_hooks::__bs_arg_len(i) };
        let mut bytes: Vec<u8> = Vec::with_capacity(len);
        // SAFETY: the buffer has room for `len` bytes, which the hook initialises.
        unsafe {
            core::bs_hooks::__bs_arg_copy(i, bytes.as_mut_ptr());
            bytes.set_len(len);
        }
        match String::from_utf8(bytes) {
            Ok(arg) => args.push(arg),
            Err(e) => panic!("argument is not valid Unicode: {:?}", e.into_bytes()),
        }
        i += 1;
    }
    Args { inner: args.into_iter() }
}

/// The arguments of the process (as `String`s: the model has no `OsString`).
pub fn args_os() -> Args {
    args()
}

impl Iterator for Args {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> {
        self.inner.next_back()
    }
}

impl ExactSizeIterator for Args {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl FusedIterator for Args {}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Args").field("args", &self.inner.as_slice()).finish()
    }
}

/// Why [`var`] failed.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum VarError {
    /// The variable is not set.
    NotPresent,
    /// The variable is not valid Unicode.
    NotUnicode(String),
}

impl fmt::Display for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            VarError::NotPresent => f.write_str("environment variable not found"),
            VarError::NotUnicode(ref s) => write!(f, "environment variable was not valid unicode: {:?}", s),
        }
    }
}

impl core::error::Error for VarError {}

/// Reads an environment variable; the model has no environment, so this is always `NotPresent`.
pub fn var<K: AsRef<str>>(key: K) -> Result<String, VarError> {
    let _ = key;
    Err(VarError::NotPresent)
}
