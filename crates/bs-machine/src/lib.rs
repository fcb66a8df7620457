//! The abstract machine: runs a `bs_ir::Program` and reports Undefined Behaviour.
//!
//! Public API (used by the command line; keep it stable): [`Config`], [`run`], [`RunResult`], [`Io`].
//!
//! Layout of the crate: `memory/` (allocations, addresses, provenance, access checks), `interp/` (frames
//! and the step loop, places, rvalues, calls and drop glue, intrinsics, validity), `aliasing.rs` (the
//! interface the Stacked/Tree Borrows models plug into), `error.rs` (why execution stopped).
//!
//! Invariants:
//! * every local is its own stack allocation (made at `StorageLive`, or at frame entry for locals
//!   without one), so pointers to locals behave exactly like pointers to the heap;
//! * addresses are deterministic and never reused; freed allocations are remembered as dead by id,
//!   so a stale pointer reports use-after-free with the allocation's name;
//! * program calls never recurse on the host stack (frames and drop glue are an explicit stack);
//! * the machine never panics on IR the frontend produces: inconsistencies become `Unsupported`;
//! * errors are reported at the innermost frame in user code (like Miri's backtrace pruning), with
//!   the full backtrace from there outwards.

pub mod aliasing;
pub mod error;
pub mod interp;
pub mod memory;
#[cfg(test)]
mod tests;

use bs_ir::{DiagKind, Diagnostic, Lowerer, Program, Span};

/// How the machine treats integer→pointer casts (Miri's `-Zmiri-permissive-provenance` /
/// `-Zmiri-strict-provenance`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum ProvenanceMode {
    /// Integer→pointer casts produce wildcard provenance (Miri's default, without the warning).
    #[default]
    Permissive,
    /// Integer→pointer casts produce pointers without provenance; exposing is a no-op.
    Strict,
}

/// Which aliasing model checks references (only `None` exists until the model issues land).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum AliasingModel {
    #[default]
    None,
    Stacked,
    Tree,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub model: AliasingModel,
    pub provenance: ProvenanceMode,
    /// `-Zmiri-ignore-leaks`.
    pub ignore_leaks: bool,
    /// Maximum number of executed statements+terminators (exit code 4 when hit).
    pub step_limit: Option<u64>,
    /// Maximum bytes of live allocations.
    pub memory_limit: Option<u64>,
    /// Maximum call depth.
    pub stack_limit: usize,
    /// `std::env::args()`, including the program name as element 0.
    pub args: Vec<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            model: AliasingModel::None,
            provenance: ProvenanceMode::Permissive,
            ignore_leaks: false,
            step_limit: None,
            memory_limit: Some(8 << 30),
            stack_limit: 10_000,
            args: vec!["main".to_string()],
        }
    }
}

/// Where the interpreted program's output goes.
pub trait Io {
    fn stdout(&mut self, bytes: &[u8]);
    fn stderr(&mut self, bytes: &[u8]);
}

/// The end of a run.
#[derive(Debug)]
pub struct RunResult {
    /// The exit code borrowscope should exit with: the program's own (0, `process::exit(n)`, 101 for a
    /// panic) or 1 (UB, leak), 3 (unsupported), 4 (resource limit).
    pub exit_code: i32,
    /// What ended the run abnormally (a `Panic` diagnostic carries the panic message as `title` and the
    /// location as its primary span; the command line prints it the way the native runtime does), plus
    /// warnings and leak reports.
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs `program.entry` to completion.
pub fn run(
    program: &mut Program,
    lowerer: &mut dyn Lowerer,
    config: &Config,
    io: &mut dyn Io,
) -> RunResult {
    let Some(entry) = program.entry else {
        return RunResult {
            exit_code: 3,
            diagnostics: vec![Diagnostic::new(
                DiagKind::Unsupported,
                "the program has no `main` function",
                Span::DUMMY,
                "",
            )],
        };
    };
    let mut m = interp::Machine::new(program, lowerer, config, io);
    let res = m.start(entry).and_then(|()| m.run_until(0));
    let mut diagnostics = std::mem::take(&mut m.warnings);
    match res {
        Ok(()) => {
            let leaks = if config.ignore_leaks {
                Vec::new()
            } else {
                m.leaks()
            };
            let exit_code = if leaks.is_empty() { 0 } else { 1 };
            diagnostics.extend(leaks);
            RunResult {
                exit_code,
                diagnostics,
            }
        }
        Err(stop) => {
            let (exit_code, d) = m.diagnostic(&stop);
            diagnostics.extend(d);
            RunResult {
                exit_code,
                diagnostics,
            }
        }
    }
}
