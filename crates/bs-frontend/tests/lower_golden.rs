//! Golden tests of the lowering: each `tests/lower/NAME.rs` is loaded with the model library, every
//! instance reachable from `main` is lowered, and the IR of the user's own functions (bodies whose
//! span lies in the user file) is compared with `tests/lower/NAME.mir`. `UPDATE_EXPECT=1` rewrites the
//! expectations. Lowering errors of user functions are part of the output; errors in library bodies
//! are ignored here (the model library changes independently).

use std::path::Path;

use bs_ir::{InstanceId, Program};

fn lower_user_bodies(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("readable test input");
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let (mut program, mut frontend) = match bs_frontend::load(&name, text) {
        Ok(x) => x,
        Err(e) => {
            let mut out = String::from("load errors:\n");
            for d in e.diagnostics {
                out.push_str(&format!("  {}\n", d.title));
            }
            return out;
        }
    };
    let user_file = program.sources.files.iter().position(|f| !f.is_library);
    let mut out = Vec::new();
    let mut next = 0;
    while next < program.instances.len() && next < 5000 {
        let id = InstanceId::from_usize(next);
        next += 1;
        match program.body(&mut frontend, id) {
            Ok(body) => {
                if Some(body.span.file.index()) == user_file && !body.span.is_dummy() {
                    out.push((body.span.lo, bs_ir::display::print_body(&program, &body)));
                }
            }
            Err(e) => {
                if Some(e.span.file.index()) == user_file {
                    out.push((e.span.lo, format!("error: {}\n", e.message)));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    let _: &Program = &program;
    out.into_iter()
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn lower_golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lower");
    let update = std::env::var("UPDATE_EXPECT").is_ok();
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    inputs.sort();
    let mut failures = Vec::new();
    for input in inputs {
        let got = lower_user_bodies(&input);
        let expect_path = input.with_extension("mir");
        if update {
            std::fs::write(&expect_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expect_path).unwrap_or_default();
        if expected != got {
            failures.push(format!(
                "{}: IR differs (run with UPDATE_EXPECT=1 to update)\n--- got ---\n{got}",
                input.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
