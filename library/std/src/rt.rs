//! Program start: the `start` lang item the machine calls with the user's `main`.

use crate::process::Termination;

/// Runs `main` and returns the process exit code (real: `std::rt::lang_start`; `argc`, `argv` and
/// `sigpipe` are ignored: arguments come from the `__bs_args_*` hooks).
#[lang = "start"]
fn lang_start<T: Termination + 'static>(main: fn() -> T, argc: isize, argv: *const *const u8, sigpipe: u8) -> isize {
    let _ = (argc, argv, sigpipe);
    main().report().to_i32() as isize
}
