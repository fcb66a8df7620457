//! The `borrowscope` command line: `borrowscope run` executes a Rust program in the checked abstract
//! machine, `borrowscope mir` prints the IR of its functions.
//!
//! Exit codes (stable, documented in README.md): the program's own (0; 101 on panic; n for
//! `process::exit(n)`), 1 Undefined Behaviour or a leak, 2 bad input (frontend errors, bad flags,
//! unreadable file), 3 unsupported feature (or an internal error of borrowscope), 4 resource limit.
//!
//! borrowscope must never crash on user input: the frontend and the machine run under
//! `catch_unwind` on a thread with a large stack, and a panic inside them is reported as an internal
//! error (exit code 3) instead of a Rust backtrace.

mod render;

use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use bs_ir::{DiagKind, Program};
use clap::{Parser, Subcommand, ValueEnum};

use crate::render::{MessageFormat, Renderer};

/// Exit code for bad input: frontend errors, bad flags, unreadable files.
const EXIT_BAD_INPUT: u8 = 2;
/// Exit code for unsupported features and internal errors.
const EXIT_UNSUPPORTED: u8 = 3;

/// Stack size of the thread that runs the frontend and the machine. Rust-analyzer's queries and the
/// interpreter recurse; a generous stack keeps deep user programs from overflowing ours.
const WORKER_STACK: usize = 512 << 20;

#[derive(Parser, Debug)]
#[command(
    name = "borrowscope",
    version,
    about = "Runs Rust programs in a checked abstract machine and reports Undefined Behaviour"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Run FILE.rs in the abstract machine and report Undefined Behaviour.
    Run(RunArgs),
    /// Print the IR of the program's functions.
    Mir(MirArgs),
}

#[derive(clap::Args, Debug)]
struct RunArgs {
    /// The aliasing model that checks references.
    #[arg(long, value_enum, default_value_t = Model::None)]
    model: Model,
    /// How diagnostics are written to stderr.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,
    /// Miri-style flags: `-Zmiri-ignore-leaks`, `-Zmiri-strict-provenance`,
    /// `-Zmiri-permissive-provenance`. Unknown `-Z` flags are ignored with a warning.
    #[arg(short = 'Z', value_name = "FLAG", action = clap::ArgAction::Append, allow_hyphen_values = true)]
    z_flags: Vec<String>,
    /// Stop after this many executed statements (exit code 4).
    #[arg(long, value_name = "N")]
    step_limit: Option<u64>,
    /// Maximum bytes of live allocations (exit code 4 when exceeded).
    #[arg(long, value_name = "BYTES")]
    memory_limit: Option<u64>,
    /// Maximum call depth of the interpreted program (exit code 4 when exceeded).
    #[arg(long, value_name = "N")]
    stack_limit: Option<usize>,
    /// The Rust source file to run.
    file: PathBuf,
    /// Arguments passed to the program (after `--`).
    #[arg(last = true)]
    args: Vec<String>,
}

#[derive(clap::Args, Debug)]
struct MirArgs {
    /// Only print functions whose name is NAME or ends with `::NAME`.
    #[arg(long = "fn", value_name = "NAME")]
    function: Option<String>,
    /// The Rust source file.
    file: PathBuf,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Model {
    /// Tree Borrows.
    Tree,
    /// Stacked Borrows.
    Stacked,
    /// No aliasing model: only the language's other UB is checked.
    None,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => run_command(args),
        Command::Mir(args) => mir_command(args),
    }
}

/// Prints a top-level error of borrowscope itself (not of the program) the way rustc does.
fn cli_error(msg: &str) {
    eprintln!("error: {msg}");
}

/// Reads the source file, reporting an unreadable or non-UTF-8 file as bad input.
fn read_source(path: &std::path::Path) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(_) => {
                cli_error(&format!(
                    "couldn't read `{}`: stream did not contain valid UTF-8",
                    path.display()
                ));
                Err(ExitCode::from(EXIT_BAD_INPUT))
            }
        },
        Err(e) => {
            cli_error(&format!("couldn't read `{}`: {e}", path.display()));
            Err(ExitCode::from(EXIT_BAD_INPUT))
        }
    }
}

/// Settings derived from the `-Z` flags.
struct ZFlags {
    ignore_leaks: bool,
    provenance: bs_machine::ProvenanceMode,
}

fn parse_z_flags(flags: &[String]) -> ZFlags {
    let mut z = ZFlags {
        ignore_leaks: false,
        provenance: bs_machine::ProvenanceMode::Permissive,
    };
    for flag in flags {
        match flag.as_str() {
            "miri-ignore-leaks" => z.ignore_leaks = true,
            "miri-strict-provenance" => z.provenance = bs_machine::ProvenanceMode::Strict,
            "miri-permissive-provenance" => z.provenance = bs_machine::ProvenanceMode::Permissive,
            other => eprintln!("warning: unknown flag `-Z{other}` is ignored"),
        }
    }
    z
}

fn run_command(args: RunArgs) -> ExitCode {
    let model = match args.model {
        Model::None => bs_machine::AliasingModel::None,
        Model::Stacked => {
            cli_error(
                "the Stacked Borrows model (`--model stacked`) is not implemented yet; use `--model none`",
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        }
        Model::Tree => {
            cli_error(
                "the Tree Borrows model (`--model tree`) is not implemented yet; use `--model none`",
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let z = parse_z_flags(&args.z_flags);
    let text = match read_source(&args.file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let display_path = args.file.display().to_string();
    let defaults = bs_machine::Config::default();
    let program_name = args
        .file
        .file_stem()
        .map_or_else(|| "main".to_string(), |s| s.to_string_lossy().into_owned());
    let mut program_args = vec![program_name];
    program_args.extend(args.args.iter().cloned());
    let config = bs_machine::Config {
        model,
        provenance: z.provenance,
        ignore_leaks: z.ignore_leaks,
        step_limit: args.step_limit.or(defaults.step_limit),
        memory_limit: args.memory_limit.or(defaults.memory_limit),
        stack_limit: args.stack_limit.unwrap_or(defaults.stack_limit),
        args: program_args,
    };
    let format = args.message_format;
    let code = on_worker(move || {
        let mut io = StdIo {
            stdout: std::io::BufWriter::new(std::io::stdout()),
        };
        let (mut program, mut frontend) = match bs_frontend::load(&display_path, text) {
            Ok(loaded) => loaded,
            Err(errors) => {
                let renderer = Renderer::new(&errors.sources, format);
                for d in &errors.diagnostics {
                    renderer.emit(d);
                }
                return EXIT_BAD_INPUT as i32;
            }
        };
        let result = bs_machine::run(&mut program, &mut frontend, &config, &mut io);
        io.flush();
        let renderer = Renderer::new(&program.sources, format);
        for d in &result.diagnostics {
            renderer.emit(d);
        }
        result.exit_code
    });
    exit_code(code)
}

/// Converts the machine's exit code to the process's (the low 8 bits, as `exit(2)` does).
fn exit_code(code: i32) -> ExitCode {
    ExitCode::from((code & 0xff) as u8)
}

fn mir_command(args: MirArgs) -> ExitCode {
    let text = match read_source(&args.file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let display_path = args.file.display().to_string();
    let function = args.function;
    let code = on_worker(move || {
        let (mut program, mut frontend) = match bs_frontend::load(&display_path, text) {
            Ok(loaded) => loaded,
            Err(errors) => {
                let renderer = Renderer::new(&errors.sources, MessageFormat::Human);
                for d in &errors.diagnostics {
                    renderer.emit(d);
                }
                return EXIT_BAD_INPUT as i32;
            }
        };
        print_mir(&mut program, &mut frontend, function.as_deref())
    });
    exit_code(code)
}

/// Whether an instance name matches `--fn NAME` (exactly, or as the last path segment(s)).
fn name_matches(name: &str, wanted: &str) -> bool {
    let base = name.split('<').next().unwrap_or(name);
    name == wanted || base == wanted || base.ends_with(&format!("::{wanted}"))
}

/// Lowers the user's functions (starting at `main`, then every instance of the user's file known so
/// far, until no new ones appear) and prints those selected by `function`.
fn print_mir(
    program: &mut Program,
    lowerer: &mut dyn bs_ir::Lowerer,
    function: Option<&str>,
) -> i32 {
    let mut out = String::new();
    let mut errors = Vec::new();
    let mut next = 0;
    let mut printed = 0;
    let is_user = |program: &Program, i: usize| {
        let span = program.instances[i].span;
        program.entry.map(|e| e.index()) == Some(i)
            || program
                .sources
                .file(span.file)
                .is_some_and(|f| !f.is_library)
    };
    while next < program.instances.len() {
        let i = next;
        next += 1;
        // Without `--fn`, print the user's functions; with it, any function of that name (so model
        // library functions can be inspected too).
        // With `--fn`, everything reachable is lowered, so deep library functions are found too.
        if !is_user(program, i) && function.is_none() {
            continue;
        }
        let id = bs_ir::InstanceId::from_usize(i);
        match program.body(lowerer, id) {
            Ok(body) => {
                if function.is_none_or(|f| name_matches(&program.instances[i].name, f)) {
                    if printed > 0 {
                        out.push('\n');
                    }
                    out.push_str(&bs_ir::display::print_body(program, &body));
                    printed += 1;
                }
            }
            Err(e) => errors.push(e),
        }
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    let _ = stdout.flush();
    let renderer = Renderer::new(&program.sources, MessageFormat::Human);
    for e in &errors {
        renderer.emit(&bs_ir::Diagnostic::new(
            DiagKind::Unsupported,
            e.message.clone(),
            e.span,
            "",
        ));
    }
    match function {
        Some(f) if printed == 0 && errors.is_empty() => {
            cli_error(&format!("no function named `{f}` was found"));
            EXIT_BAD_INPUT as i32
        }
        _ if !errors.is_empty() => EXIT_UNSUPPORTED as i32,
        _ => 0,
    }
}

/// The interpreted program's stdout (buffered) and stderr (unbuffered; stdout is flushed first so the
/// two streams interleave as they would natively on a terminal).
struct StdIo {
    stdout: std::io::BufWriter<std::io::Stdout>,
}

impl StdIo {
    fn flush(&mut self) {
        let _ = self.stdout.flush();
    }
}

impl bs_machine::Io for StdIo {
    fn stdout(&mut self, bytes: &[u8]) {
        let _ = self.stdout.write_all(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        self.flush();
        let _ = std::io::stderr().write_all(bytes);
    }
}

/// Runs `f` on a thread with a large stack and turns a panic inside it into an internal-error report
/// (exit code 3). Returns `f`'s exit code otherwise.
fn on_worker(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let panic_info: Arc<Mutex<Option<String>>> = Arc::new(Mutex::new(None));
    let hook_info = panic_info.clone();
    panic::set_hook(Box::new(move |info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}:{}", l.file(), l.line(), l.column()));
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".to_string());
        if let Ok(mut slot) = hook_info.lock() {
            *slot = Some(format!("{message}{}", location.unwrap_or_default()));
        }
    }));
    let handle = std::thread::Builder::new()
        .name("borrowscope".into())
        .stack_size(WORKER_STACK)
        .spawn(move || panic::catch_unwind(AssertUnwindSafe(f)));
    let outcome = match handle {
        Ok(handle) => handle.join().unwrap_or(Err(Box::new("worker thread died"))),
        Err(e) => {
            cli_error(&format!("could not start the worker thread: {e}"));
            return EXIT_UNSUPPORTED as i32;
        }
    };
    match outcome {
        Ok(code) => code,
        Err(_) => {
            let _ = std::io::stdout().flush();
            let detail = panic_info
                .lock()
                .ok()
                .and_then(|mut s| s.take())
                .unwrap_or_else(|| "unknown panic".to_string());
            eprintln!("error: internal error: borrowscope crashed: {detail}");
            eprintln!("note: this is a bug in borrowscope, not in your program; please report it");
            EXIT_UNSUPPORTED as i32
        }
    }
}
