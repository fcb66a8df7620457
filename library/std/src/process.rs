//! `std::process`: `exit`, `abort`, `ExitCode` and the `Termination` trait that turns the result of
//! `main` into an exit code.

use core::fmt;

use crate::io::_eprint;

/// Terminates the process with the given exit code, without running destructors of live values
/// (like the real `exit`).
pub fn exit(code: i32) -> ! {
    // SAFETY: the hook has no preconditions.
    unsafe { core::bs_hooks::__bs_exit(code) }
}

/// Terminates the process abnormally (real: SIGABRT).
pub fn abort() -> ! {
    core::intrinsics::abort()
}

/// The process id (the machine runs a single process; the real value is not observable).
pub fn id() -> u32 {
    1
}

/// An exit status to return from `main`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    /// Successful termination (0).
    pub const SUCCESS: ExitCode = ExitCode(0);
    /// Unsuccessful termination (1).
    pub const FAILURE: ExitCode = ExitCode(1);

    /// Exits the process with this code.
    pub fn exit_process(self) -> ! {
        exit(self.to_i32())
    }

    /// The code as the process exit status.
    #[doc(hidden)]
    pub fn to_i32(self) -> i32 {
        self.0 as i32
    }
}

impl Default for ExitCode {
    fn default() -> Self {
        ExitCode::SUCCESS
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> Self {
        ExitCode(code)
    }
}

/// What `main` may return (the `termination` lang item).
#[lang = "termination"]
pub trait Termination {
    /// Turns the value into an exit status, printing what the real std prints.
    fn report(self) -> ExitCode;
}

impl Termination for () {
    fn report(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Termination for ! {
    fn report(self) -> ExitCode {
        self
    }
}

impl Termination for ExitCode {
    fn report(self) -> ExitCode {
        self
    }
}

impl<T: Termination, E: fmt::Debug> Termination for Result<T, E> {
    /// `Ok(v)` reports `v`; `Err(e)` prints `Error: {e:?}` on stderr and fails with exit code 1.
    fn report(self) -> ExitCode {
        match self {
            Ok(val) => val.report(),
            Err(err) => {
                _eprint(core::format_args!("Error: {err:?}\n"));
                ExitCode::FAILURE
            }
        }
    }
}
