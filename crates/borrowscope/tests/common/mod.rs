//! Shared machinery of the corpus test harnesses (`programs`, `ub`): test discovery, a small
//! libtest-compatible runner, subprocesses with timeouts, and the known-failures list.
//!
//! The runner prints libtest's line format (`test NAME ... ok`, `test result: ok. N passed; ...`) so
//! that CI log readers understand it, and accepts libtest's common arguments: name filters, `--exact`,
//! `--skip`, `--test-threads`, `--list`, `-q`. `--nocapture` and other unknown flags are accepted and
//! ignored.
//!
//! **Known failures.** `tests/known-failures.txt` lists tests (by name, e.g.
//! `programs/basics/hello.rs`) that do not pass yet. They are still run: a listed test that fails is
//! reported as `ignored, known failure`; a listed test that *passes* is a failure ("remove it from the
//! list"), so the list only ever shrinks honestly. `BS_BLESS_KNOWN_FAILURES=1` rewrites this harness's
//! part of the list to exactly the failing tests. `--ignored` runs only the listed tests and shows why
//! they fail.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The workspace root (where `tests/` lives).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

/// All `*.rs` files under `dir`, sorted, as paths relative to the workspace root.
pub fn collect_rs(root: &Path, dir: &str) -> Vec<PathBuf> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            return;
        };
        for entry in entries.flatten() {
            let rel = dir.join(entry.file_name());
            let path = root.join(&rel);
            if path.is_dir() {
                walk(root, &rel, out);
            } else if rel.extension().is_some_and(|e| e == "rs") {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(root, Path::new(dir), &mut out);
    out.sort();
    out
}

/// The test name of a corpus file: its path relative to `tests/` (`programs/basics/hello.rs`).
pub fn test_name(rel: &Path) -> String {
    rel.strip_prefix("tests")
        .unwrap_or(rel)
        .to_string_lossy()
        .replace('\\', "/")
}

/// `//@ KEY: VALUE` headers of a test file (`//@ KEY` alone gives an empty value).
pub fn headers(source: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in source.lines() {
        let Some(rest) = line.trim_start().strip_prefix("//@") else {
            continue;
        };
        let rest = rest.trim();
        match rest.split_once(':') {
            Some((k, v)) => out.push((k.trim().to_string(), v.trim().to_string())),
            None => out.push((rest.to_string(), String::new())),
        }
    }
    out
}

/// The result of a subprocess run.
pub struct Output {
    /// The exit code, or `None` if the process was killed by a signal (or by the timeout).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// Runs `cmd` with stdin closed, capturing its output, killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, timeout: Duration) -> std::io::Result<Output> {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Output {
        code: if timed_out { None } else { status.code() },
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        timed_out,
        elapsed: start.elapsed(),
    })
}

/// The per-program timeout for borrowscope runs (`BS_TEST_TIMEOUT` seconds, default 60: generous
/// because it is wall-clock time and the machine may be shared; a release build needs about a second).
pub fn timeout() -> Duration {
    let secs = std::env::var("BS_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    Duration::from_secs(secs)
}

/// Shortens long output for failure messages (keeps the start and the end).
pub fn excerpt(s: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    if lines.len() <= max_lines {
        return s.to_string();
    }
    let head = &lines[..max_lines / 2];
    let tail = &lines[lines.len() - max_lines / 2..];
    format!(
        "{}\n[... {} lines omitted ...]\n{}\n",
        head.join("\n"),
        lines.len() - max_lines,
        tail.join("\n")
    )
}

/// A line-by-line diff of `expected` and `actual` (first difference with context).
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = String::new();
    let from = first.saturating_sub(2);
    for i in from..(first + 4).min(e.len().max(a.len())) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("   {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!(" - {x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!(" + {y}\n"));
                }
            }
        }
    }
    if !expected.is_empty()
        && !actual.is_empty()
        && expected.ends_with('\n') != actual.ends_with('\n')
    {
        out.push_str(" (the outputs differ in the final newline)\n");
    }
    format!(
        "first difference at line {} (- expected, + actual):\n{out}",
        first + 1
    )
}

/// One test of a harness: a name and a function that returns `Err(reason)` on failure.
pub struct Trial {
    pub name: String,
    pub run: Box<dyn Fn() -> Result<(), String> + Send + Sync>,
}

#[derive(Default)]
struct Args {
    filters: Vec<String>,
    skip: Vec<String>,
    exact: bool,
    list: bool,
    quiet: bool,
    only_known_failures: bool,
    threads: Option<usize>,
}

fn parse_args() -> Args {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--exact" => args.exact = true,
            "--list" => args.list = true,
            "-q" | "--quiet" => args.quiet = true,
            "--ignored" => args.only_known_failures = true,
            "--skip" => args.skip.extend(it.next()),
            "--test-threads" => args.threads = it.next().and_then(|n| n.parse().ok()),
            s if s.starts_with("--test-threads=") => {
                args.threads = s["--test-threads=".len()..].parse().ok()
            }
            // Accepted for compatibility with libtest's command line; nothing to do.
            "--nocapture" | "--show-output" | "--include-ignored" | "--bench" => {}
            "--format" | "--color" | "-Z" | "--logfile" => {
                it.next();
            }
            s if s.starts_with('-') => {}
            s => args.filters.push(s.to_string()),
        }
    }
    args
}

/// The known-failures list: `tests/known-failures.txt`, one test name per line, `#` comments.
pub struct KnownFailures {
    path: PathBuf,
    names: BTreeSet<String>,
}

impl KnownFailures {
    pub fn load(root: &Path) -> KnownFailures {
        let path = root.join("tests/known-failures.txt");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let names = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        KnownFailures { path, names }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    /// Rewrites the entries starting with `prefix` to exactly `failing`, keeping other lines.
    fn bless(&self, prefix: &str, failing: &BTreeSet<String>) {
        let text = std::fs::read_to_string(&self.path).unwrap_or_else(|_| {
            "# Corpus tests that do not pass yet (see crates/borrowscope/tests/common/mod.rs).\n".to_string()
        });
        let mut lines: Vec<String> = text
            .lines()
            .filter(|l| !l.trim().starts_with(prefix))
            .map(str::to_string)
            .collect();
        lines.extend(failing.iter().cloned());
        let mut header: Vec<String> = lines.iter().filter(|l| !is_entry(l)).cloned().collect();
        let mut entries: Vec<String> = lines.into_iter().filter(|l| is_entry(l)).collect();
        entries.sort();
        header.append(&mut entries);
        let _ = std::fs::write(&self.path, header.join("\n") + "\n");
    }
}

fn is_entry(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty() && !l.starts_with('#')
}

const PASSES_NOW: &str =
    "this test passes now but is listed in tests/known-failures.txt: remove it from the list";

enum Outcome {
    Passed,
    Failed(String),
    KnownFailure(String),
}

/// Runs the trials (whose names all start with `prefix`, e.g. `programs/`) and exits the process
/// with libtest's conventions (0 if all passed, 101 otherwise).
pub fn run_trials(prefix: &str, trials: Vec<Trial>) -> ! {
    let args = parse_args();
    let root = workspace_root();
    let known = KnownFailures::load(&root);
    let total = trials.len();
    let selected: Vec<Trial> = trials
        .into_iter()
        .filter(|t| {
            let matches = |f: &String| {
                if args.exact {
                    &t.name == f
                } else {
                    t.name.contains(f.as_str())
                }
            };
            (args.filters.is_empty() || args.filters.iter().any(matches))
                && !args.skip.iter().any(|s| t.name.contains(s.as_str()))
                && (!args.only_known_failures || known.contains(&t.name))
        })
        .collect();
    let filtered_out = total - selected.len();
    if args.list {
        for t in &selected {
            println!("{}: test", t.name);
        }
        std::process::exit(0);
    }
    let start = Instant::now();
    println!(
        "\nrunning {} test{}",
        selected.len(),
        if selected.len() == 1 { "" } else { "s" }
    );
    let threads = args
        .threads
        .or_else(|| {
            std::env::var("RUST_TEST_THREADS")
                .ok()
                .and_then(|s| s.parse().ok())
        })
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    let print_lock = Mutex::new(());
    let show_details = args.only_known_failures;
    std::thread::scope(|s| {
        for _ in 0..threads.min(selected.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(trial) = selected.get(i) else { break };
                    let result =
                        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (trial.run)()))
                            .unwrap_or_else(|_| Err("the harness panicked".to_string()));
                    let outcome = match (result, known.contains(&trial.name)) {
                        (Ok(()), false) => Outcome::Passed,
                        (Ok(()), true) => Outcome::Failed(PASSES_NOW.to_string()),
                        (Err(e), false) => Outcome::Failed(e),
                        (Err(e), true) => Outcome::KnownFailure(e),
                    };
                    {
                        let _guard = print_lock.lock();
                        let status = match &outcome {
                            Outcome::Passed => "ok",
                            Outcome::Failed(_) => "FAILED",
                            Outcome::KnownFailure(_) => "ignored, known failure",
                        };
                        if args.quiet {
                            print!(
                                "{}",
                                match &outcome {
                                    Outcome::Passed => ".",
                                    Outcome::Failed(_) => "F",
                                    Outcome::KnownFailure(_) => "i",
                                }
                            );
                        } else {
                            println!("test {} ... {status}", trial.name);
                        }
                        if show_details && let Outcome::KnownFailure(e) = &outcome {
                            println!("{}", indent(e));
                        }
                    }
                    results.lock().expect("results lock").push((i, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results lock");
    results.sort_by_key(|r| r.0);
    let passed = results
        .iter()
        .filter(|r| matches!(r.1, Outcome::Passed))
        .count();
    let ignored = results
        .iter()
        .filter(|r| matches!(r.1, Outcome::KnownFailure(_)))
        .count();
    let failures: Vec<(&str, &str)> = results
        .iter()
        .filter_map(|(i, o)| match o {
            Outcome::Failed(e) => Some((selected[*i].name.as_str(), e.as_str())),
            _ => None,
        })
        .collect();
    // Entries in the list that name no existing test make the list dishonest too.
    let mut stale: Vec<String> = Vec::new();
    if args.filters.is_empty() && args.skip.is_empty() {
        let names: BTreeSet<&str> = selected.iter().map(|t| t.name.as_str()).collect();
        stale = known
            .names
            .iter()
            .filter(|n| n.starts_with(prefix) && !names.contains(n.as_str()))
            .cloned()
            .collect();
    }
    if std::env::var_os("BS_BLESS_KNOWN_FAILURES").is_some() && args.filters.is_empty() {
        // Failing now: known failures that still fail and new failures; a listed test that passes
        // now (reported as failed with PASSES_NOW) is dropped from the list.
        let failing: BTreeSet<String> = results
            .iter()
            .filter(|(_, o)| match o {
                Outcome::Passed => false,
                Outcome::Failed(e) => e != PASSES_NOW,
                Outcome::KnownFailure(_) => true,
            })
            .map(|(i, _)| selected[*i].name.clone())
            .collect();
        known.bless(prefix, &failing);
        println!(
            "\nBS_BLESS_KNOWN_FAILURES: wrote {} entries for `{prefix}` to tests/known-failures.txt",
            failing.len()
        );
        std::process::exit(0);
    }
    if args.quiet {
        println!();
    }
    if !failures.is_empty() || !stale.is_empty() {
        println!("\nfailures:\n");
        for (name, reason) in &failures {
            println!("---- {name} ----\n{}\n", indent(reason));
        }
        for name in &stale {
            println!(
                "---- {name} ----\n    listed in tests/known-failures.txt but no such test exists\n"
            );
        }
        println!("failures:");
        for (name, _) in &failures {
            println!("    {name}");
        }
        for name in &stale {
            println!("    {name}");
        }
        println!(
            "\nhint: `cargo test -p borrowscope --test {} -- --ignored` shows why known failures fail;",
            prefix.trim_end_matches('/')
        );
        println!(
            "      `BS_BLESS_KNOWN_FAILURES=1 cargo test -p borrowscope --test {}` rewrites the list.",
            prefix.trim_end_matches('/')
        );
    }
    let failed = failures.len() + stale.len();
    let verdict = if failed == 0 { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {verdict}. {passed} passed; {failed} failed; {ignored} ignored; 0 measured; {filtered_out} filtered out; finished in {:.2}s\n",
        start.elapsed().as_secs_f64()
    );
    std::process::exit(if failed == 0 { 0 } else { 101 });
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
