//! Differential tests: every `tests/programs/**/*.rs` is compiled with the installed `rustc` (edition
//! 2024, debug build: overflow checks and debug assertions on) and run natively; `borrowscope run` must
//! produce the same stdout, the same stderr and the same exit code.
//!
//! Headers: `//@ args: a b c` passes arguments to the program (both runs).
//!
//! Native binaries are cached under cargo's test temp dir by a hash of the rustc version, the path and
//! the source, so re-runs only pay for borrowscope. Run one folder with
//! `cargo test -p borrowscope --test programs -- basics/`. See `common/mod.rs` for the runner, the
//! timeout (`BS_TEST_TIMEOUT`) and the known-failures list.

mod common;

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use common::{Trial, diff, excerpt, headers, run_with_timeout};

fn main() {
    let root = common::workspace_root();
    let files = common::collect_rs(&root, "tests/programs");
    let trials = files
        .into_iter()
        .map(|rel| {
            let root = root.clone();
            Trial {
                name: common::test_name(&rel),
                run: Box::new(move || check(&root, &rel)),
            }
        })
        .collect();
    common::run_trials("programs/", trials);
}

/// `rustc -V`, computed once (part of the cache key).
fn rustc_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        Command::new("rustc")
            .arg("-V")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    })
}

/// Compiles `rel` natively (or reuses the cached binary) and returns the binary's path.
fn native_binary(root: &Path, rel: &Path, source: &str) -> Result<PathBuf, String> {
    let mut hasher = DefaultHasher::new();
    (rustc_version(), rel, source, "v1").hash(&mut hasher);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bs-native");
    let _ = std::fs::create_dir_all(&dir);
    let bin = dir.join(format!("{:016x}", hasher.finish()));
    if bin.exists() {
        return Ok(bin);
    }
    let tmp = dir.join(format!(
        "{:016x}.tmp{}",
        hasher.finish(),
        std::process::id()
    ));
    let mut cmd = Command::new("rustc");
    cmd.current_dir(root)
        .args([
            "--edition",
            "2024",
            "-A",
            "warnings",
            "-C",
            "debuginfo=0",
            "-o",
        ])
        .arg(&tmp)
        .arg(rel);
    let out = run_with_timeout(cmd, Duration::from_secs(120))
        .map_err(|e| format!("could not run rustc: {e}"))?;
    if out.code != Some(0) {
        return Err(format!(
            "the test program does not compile with rustc:\n{}",
            excerpt(&out.stderr, 40)
        ));
    }
    std::fs::rename(&tmp, &bin).map_err(|e| format!("could not cache the native binary: {e}"))?;
    Ok(bin)
}

fn describe_code(code: Option<i32>, timed_out: bool) -> String {
    match (code, timed_out) {
        (_, true) => "timed out".to_string(),
        (Some(c), _) => format!("exit code {c}"),
        (None, _) => "killed by a signal".to_string(),
    }
}

/// Removes the OS thread id that the native runtime (since Rust 1.92) prints in panic messages:
/// `thread 'main' (12345) panicked at` becomes `thread 'main' panicked at`, which is what
/// borrowscope prints (the id is not deterministic).
fn normalize_stderr(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        let normalized = line.strip_prefix("thread '").and_then(|rest| {
            let (name, after) = rest.split_once("' (")?;
            let (id, tail) = after.split_once(") panicked at ")?;
            id.chars()
                .all(|c| c.is_ascii_digit())
                .then(|| format!("thread '{name}' panicked at {tail}"))
        });
        out.push_str(normalized.as_deref().unwrap_or(line));
    }
    out
}

fn check(root: &Path, rel: &Path) -> Result<(), String> {
    let source =
        std::fs::read_to_string(root.join(rel)).map_err(|e| format!("cannot read: {e}"))?;
    let args: Vec<String> = headers(&source)
        .into_iter()
        .filter(|(k, _)| k == "args")
        .flat_map(|(_, v)| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let bin = native_binary(root, rel, &source)?;
    let mut native_cmd = Command::new(&bin);
    native_cmd
        .current_dir(root)
        .args(&args)
        .env("RUST_BACKTRACE", "0");
    let native = run_with_timeout(native_cmd, Duration::from_secs(30))
        .map_err(|e| format!("native run: {e}"))?;
    if native.timed_out {
        return Err(
            "the native program timed out (30 s): test programs must terminate quickly".to_string(),
        );
    }
    let mut bs_cmd = Command::new(env!("CARGO_BIN_EXE_borrowscope"));
    bs_cmd
        .current_dir(root)
        .arg("run")
        .arg(rel)
        .arg("--")
        .args(&args)
        .env("RUST_BACKTRACE", "0");
    let timeout = common::timeout();
    let bs =
        run_with_timeout(bs_cmd, timeout).map_err(|e| format!("could not run borrowscope: {e}"))?;
    if bs.timed_out {
        return Err(format!(
            "borrowscope timed out after {} s (BS_TEST_TIMEOUT); stdout so far:\n{}",
            timeout.as_secs(),
            excerpt(&bs.stdout, 20)
        ));
    }
    let mut problems = Vec::new();
    if native.code != bs.code {
        problems.push(format!(
            "native: {}, borrowscope: {}",
            describe_code(native.code, false),
            describe_code(bs.code, false)
        ));
    }
    if native.stdout != bs.stdout {
        problems.push(format!(
            "stdout differs; {}",
            diff(&native.stdout, &bs.stdout)
        ));
    }
    let (native_err, bs_err) = (
        normalize_stderr(&native.stderr),
        normalize_stderr(&bs.stderr),
    );
    if native_err != bs_err {
        problems.push(format!("stderr differs; {}", diff(&native_err, &bs_err)));
    }
    if problems.is_empty() {
        return Ok(());
    }
    if native.code != bs.code {
        problems.push(format!(
            "borrowscope's stderr:\n{}",
            excerpt(&bs.stderr, 30)
        ));
    }
    Err(problems.join("\n"))
}
