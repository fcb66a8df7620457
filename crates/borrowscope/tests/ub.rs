//! Undefined Behaviour tests: every `tests/ub/**/*.rs` is run with
//! `borrowscope run --message-format json`, and the reported diagnostics must match the annotations.
//!
//! Annotations (the Miri/ui_test spelling):
//! * `//~ ERROR pattern` at the end of a line: a UB diagnostic located on this line whose title
//!   contains `pattern`. `//~^ ERROR` refers to the line above (one `^` per line).
//!   A diagnostic is "on a line" if its primary span is there, or, when the primary span is in the
//!   model library, if the innermost backtrace frame in the test file is there (Miri reports UB inside
//!   `ptr::read` at the user's call in the same way through its backtrace).
//! * `//@ leak: pattern`: a leak report (Miri's "memory leaked") whose title contains `pattern`; leaks
//!   have no line.
//! * `//@ error-in-other-file: pattern`: a UB diagnostic anywhere whose title contains `pattern`.
//! * `//@ exit-status: N`: the expected exit code (default 1).
//! * `//@ compile-flags: -Zmiri-ignore-leaks ...`: extra flags for `borrowscope run`.
//!
//! Every UB, leak, unsupported, error or resource-limit diagnostic must be matched by an annotation;
//! warnings are ignored. See `common/mod.rs` for the runner and the known-failures list.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Trial, excerpt, headers, run_with_timeout};
use serde_json::Value;

fn main() {
    let root = common::workspace_root();
    let files = common::collect_rs(&root, "tests/ub");
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
    common::run_trials("ub/", trials);
}

/// What a test expects.
#[derive(Debug)]
enum Expect {
    /// A UB diagnostic on `line` whose title contains the pattern.
    Line { line: u32, pattern: String },
    /// A leak diagnostic whose title contains the pattern.
    Leak(String),
    /// A UB diagnostic anywhere whose title contains the pattern.
    Anywhere(String),
}

/// A reported diagnostic, reduced to what the annotations talk about.
#[derive(Debug)]
struct Reported {
    kind: String,
    title: String,
    /// The line in the test file (see the module docs), if any.
    line: Option<u32>,
}

fn parse_annotations(source: &str) -> Result<Vec<Expect>, String> {
    let mut out = Vec::new();
    for (i, text) in source.lines().enumerate() {
        let Some(pos) = text.find("//~") else {
            continue;
        };
        let rest = &text[pos + 3..];
        let carets = rest.chars().take_while(|c| *c == '^').count();
        let rest = rest[carets..].trim_start();
        let Some(pattern) = rest.strip_prefix("ERROR") else {
            return Err(format!("line {}: expected `//~ ERROR pattern`", i + 1));
        };
        let pattern = pattern.trim_start_matches(':').trim();
        let line = (i + 1)
            .checked_sub(carets)
            .filter(|l| *l >= 1)
            .ok_or(format!("line {}: too many `^`", i + 1))?;
        out.push(Expect::Line {
            line: line as u32,
            pattern: pattern.to_string(),
        });
    }
    for (key, value) in headers(source) {
        match key.as_str() {
            "leak" => out.push(Expect::Leak(value)),
            "error-in-other-file" => out.push(Expect::Anywhere(value)),
            _ => {}
        }
    }
    Ok(out)
}

/// The line of a diagnostic in the test file `file` (primary span, else innermost frame there).
fn line_in(diag: &Value, file: &str) -> Option<u32> {
    let span = &diag["span"];
    if span["file"].as_str() == Some(file) {
        return span["line"].as_u64().map(|l| l as u32);
    }
    diag["backtrace"]
        .as_array()?
        .iter()
        .find(|f| f["file"].as_str() == Some(file))
        .and_then(|f| f["line"].as_u64())
        .map(|l| l as u32)
}

fn check(root: &Path, rel: &Path) -> Result<(), String> {
    let source =
        std::fs::read_to_string(root.join(rel)).map_err(|e| format!("cannot read: {e}"))?;
    let expects = parse_annotations(&source)?;
    let hdrs = headers(&source);
    let expected_code: i32 = match hdrs.iter().find(|(k, _)| k == "exit-status") {
        Some((_, v)) => v
            .parse()
            .map_err(|_| format!("bad `//@ exit-status: {v}`"))?,
        None => 1,
    };
    if expects.is_empty() && expected_code == 1 {
        return Err("the test has no `//~ ERROR` or `//@ leak:` annotation".to_string());
    }
    let flags: Vec<String> = hdrs
        .iter()
        .filter(|(k, _)| k == "compile-flags")
        .flat_map(|(_, v)| v.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let file = rel.to_string_lossy().to_string();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_borrowscope"));
    cmd.current_dir(root)
        .arg("run")
        .args(["--message-format", "json"])
        .args(&flags)
        .arg(rel);
    let timeout = common::timeout();
    let out =
        run_with_timeout(cmd, timeout).map_err(|e| format!("could not run borrowscope: {e}"))?;
    if out.timed_out {
        return Err(format!(
            "borrowscope timed out after {} s (BS_TEST_TIMEOUT)",
            timeout.as_secs()
        ));
    }
    let reported: Vec<Reported> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with('{'))
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|d| Reported {
            kind: d["kind"].as_str().unwrap_or("").to_string(),
            title: d["title"].as_str().unwrap_or("").to_string(),
            line: line_in(&d, &file),
        })
        .collect();
    let mut problems = Vec::new();
    if out.code != Some(expected_code) {
        problems.push(format!(
            "expected exit code {expected_code}, got {:?}",
            out.code
        ));
    }
    let mut matched = vec![false; reported.len()];
    for expect in &expects {
        let found = reported.iter().enumerate().position(|(i, r)| {
            !matched[i]
                && match expect {
                    Expect::Line { line, pattern } => {
                        r.kind == "ub"
                            && r.line == Some(*line)
                            && r.title.contains(pattern.as_str())
                    }
                    Expect::Leak(pattern) => r.kind == "leak" && r.title.contains(pattern.as_str()),
                    Expect::Anywhere(pattern) => {
                        r.kind == "ub" && r.title.contains(pattern.as_str())
                    }
                }
        });
        match found {
            Some(i) => matched[i] = true,
            None => problems.push(match expect {
                Expect::Line { line, pattern } => {
                    format!("expected UB on line {line} matching `{pattern}`: not reported")
                }
                Expect::Leak(pattern) => {
                    format!("expected a leak matching `{pattern}`: not reported")
                }
                Expect::Anywhere(pattern) => {
                    format!("expected UB matching `{pattern}`: not reported")
                }
            }),
        }
    }
    for (r, m) in reported.iter().zip(&matched) {
        if !m && !matches!(r.kind.as_str(), "warning" | "panic") {
            let at = r.line.map_or_else(
                || "no line in the test file".to_string(),
                |l| format!("line {l}"),
            );
            problems.push(format!(
                "unexpected {} diagnostic ({at}): {}",
                r.kind, r.title
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!(
        "borrowscope's stderr:\n{}",
        excerpt(&out.stderr, 30)
    ));
    Err(problems.join("\n"))
}
