//! Command-line behaviour that does not depend on the program being run: flag parsing, exit codes
//! for bad input, and the "not implemented yet" models.

use std::process::Command;

fn borrowscope(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_borrowscope"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("borrowscope runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn missing_file_is_bad_input() {
    let (code, _, err) = borrowscope(&["run", "does/not/exist.rs"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("error: couldn't read `does/not/exist.rs`"),
        "{err}"
    );
}

#[test]
fn unknown_flag_is_bad_input() {
    let (code, _, err) = borrowscope(&["run", "--no-such-flag", "x.rs"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--no-such-flag"), "{err}");
}

#[test]
fn unknown_model_is_bad_input() {
    let (code, _, _) = borrowscope(&["run", "--model", "weird", "x.rs"]);
    assert_eq!(code, Some(2));
}

#[test]
fn aliasing_models_are_not_implemented_yet() {
    for model in ["stacked", "tree"] {
        let (code, _, err) = borrowscope(&["run", "--model", model, "x.rs"]);
        assert_eq!(code, Some(2), "{model}");
        assert!(err.contains("not implemented yet"), "{err}");
    }
}

#[test]
fn unknown_z_flags_only_warn() {
    let (code, _, err) = borrowscope(&[
        "run",
        "-Zmiri-no-such-thing",
        "-Zmiri-ignore-leaks",
        "missing.rs",
    ]);
    // The warning comes first; the run then fails only because the file is missing.
    assert!(
        err.starts_with("warning: unknown flag `-Zmiri-no-such-thing` is ignored\n"),
        "{err}"
    );
    assert!(!err.contains("miri-ignore-leaks"), "{err}");
    assert_eq!(code, Some(2));
}

#[test]
fn non_utf8_file_is_bad_input() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("not_utf8.rs");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).expect("write temp file");
    let (code, _, err) = borrowscope(&["run", path.to_str().expect("utf-8 temp path")]);
    assert_eq!(code, Some(2));
    assert!(err.contains("valid UTF-8"), "{err}");
}

#[test]
fn help_lists_both_commands() {
    let (code, out, _) = borrowscope(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("run") && out.contains("mir"), "{out}");
}

#[test]
fn mir_prints_the_selected_function() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join("mir_add.rs");
    std::fs::write(
        &path,
        "fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\nfn main() {\n    let _ = add(1, 2);\n}\n",
    )
    .expect("write temp file");
    let path = path.to_str().expect("utf-8 temp path");
    let (code, out, err) = borrowscope(&["mir", path, "--fn", "add"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.starts_with("fn add(_1: i32, _2: i32) -> i32 {\n"),
        "{out}"
    );
    assert!(out.contains("return;"), "{out}");
    assert!(!out.contains("fn main"), "{out}");
    let (code, _, err) = borrowscope(&["mir", path, "--fn", "no_such_fn"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no function named `no_such_fn`"), "{err}");
}
