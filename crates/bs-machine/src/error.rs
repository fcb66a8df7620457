//! Why the machine stopped: UB, a panic, an exit, an unsupported feature or a resource limit.
//!
//! Errors are produced deep inside memory and operations without knowing the current span; the
//! interpreter loop turns a [`Stop`] into a [`bs_ir::Diagnostic`] with the current statement's span and
//! the backtrace.

/// What ended (or interrupted) the execution.
#[derive(Debug, Clone)]
pub enum Stop {
    /// Undefined Behaviour: the title (Miri's wording) and extra notes.
    Ub(String),
    /// A feature or IR construct the machine does not support (or an internal inconsistency).
    Unsupported(String),
    /// A panic of the program: the message and the `FILE:LINE:COL` location, if known.
    Panic {
        msg: String,
        location: Option<String>,
    },
    /// `process::exit(code)`.
    Exit(i32),
    /// `abort()`.
    Abort,
    /// A resource limit was hit.
    Resource(String),
}

pub type InterpResult<T> = Result<T, Box<Stop>>;

#[inline]
pub fn ub<T>(msg: impl Into<String>) -> InterpResult<T> {
    Err(Box::new(Stop::Ub(msg.into())))
}

#[inline]
pub fn unsupported<T>(msg: impl Into<String>) -> InterpResult<T> {
    Err(Box::new(Stop::Unsupported(msg.into())))
}

/// An internal inconsistency of the IR (a lowering bug): reported as unsupported rather than crashing.
#[inline]
pub fn bug<T>(msg: impl Into<String>) -> InterpResult<T> {
    Err(Box::new(Stop::Unsupported(format!(
        "internal inconsistency in the IR: {}",
        msg.into()
    ))))
}

/// Formats a byte count the way rustc does ("1 byte", "4 bytes").
pub fn bytes_str(n: u64) -> String {
    if n == 1 {
        "1 byte".to_string()
    } else {
        format!("{n} bytes")
    }
}
