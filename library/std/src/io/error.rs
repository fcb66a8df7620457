//! `io::Error`, `io::ErrorKind` and `io::Result`.
//!
//! Only the error kinds the model can produce, plus the common ones programs construct themselves.

use core::fmt;

use alloc::boxed::Box;
use alloc::string::String;

/// The result of I/O operations.
pub type Result<T> = core::result::Result<T, Error>;

/// The category of an I/O error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    AlreadyExists,
    WouldBlock,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
}

impl ErrorKind {
    /// The description the real std prints for the kind.
    fn as_str(&self) -> &'static str {
        match *self {
            ErrorKind::NotFound => "entity not found",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::AlreadyExists => "entity already exists",
            ErrorKind::WouldBlock => "operation would block",
            ErrorKind::InvalidInput => "invalid input parameter",
            ErrorKind::InvalidData => "invalid data",
            ErrorKind::TimedOut => "timed out",
            ErrorKind::WriteZero => "write zero",
            ErrorKind::Interrupted => "operation interrupted",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::UnexpectedEof => "unexpected end of file",
            ErrorKind::OutOfMemory => "out of memory",
            ErrorKind::Other => "other error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An I/O error: a kind, and optionally a message or a wrapped error.
pub struct Error {
    repr: Repr,
}

enum Repr {
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(ErrorKind, Box<dyn core::error::Error + Send + Sync>),
}

impl Error {
    /// An error of `kind` wrapping `error` (anything convertible to `Box<dyn Error + Send + Sync>`,
    /// such as a `&str` or `String`).
    pub fn new<E>(kind: ErrorKind, error: E) -> Error
    where
        E: Into<Box<dyn core::error::Error + Send + Sync>>,
    {
        Error { repr: Repr::Custom(kind, error.into()) }
    }

    /// Like `Error::new(ErrorKind::Other, error)`.
    pub fn other<E>(error: E) -> Error
    where
        E: Into<Box<dyn core::error::Error + Send + Sync>>,
    {
        Error::new(ErrorKind::Other, error)
    }

    pub(crate) const fn new_const(kind: ErrorKind, message: &'static str) -> Error {
        Error { repr: Repr::SimpleMessage(kind, message) }
    }

    /// The error's kind.
    pub fn kind(&self) -> ErrorKind {
        match self.repr {
            Repr::Simple(kind) => kind,
            Repr::SimpleMessage(kind, _) => kind,
            Repr::Custom(kind, _) => kind,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl fmt::Debug for Error {
    /// The real std's shapes: `Kind(NotFound)`, `Error { kind: .., message: ".." }`,
    /// `Custom { kind: .., error: .. }`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Simple(kind) => f.debug_tuple("Kind").field(&kind).finish(),
            Repr::SimpleMessage(kind, message) => {
                f.debug_struct("Error").field("kind", &kind).field("message", &message).finish()
            }
            Repr::Custom(kind, ref error) => f.debug_struct("Custom").field("kind", &kind).field("error", error).finish(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::SimpleMessage(_, message) => f.write_str(message),
            Repr::Custom(_, ref error) => fmt::Display::fmt(&**error, f),
        }
    }
}

impl core::error::Error for Error {}
