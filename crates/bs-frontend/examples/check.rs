//! `cargo run -p bs-frontend --example check -- FILE.rs [--no-library]`: loads FILE.rs with the model
//! library and prints every rust-analyzer diagnostic of the user crate and (unless `--no-library`) of
//! the library crates, as `path:line:col: message`. A development tool for the model library.

use bs_frontend::{Analysis, diagnostics};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: check FILE.rs [--no-library]");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2)
    });
    let start = std::time::Instant::now();
    let analysis = Analysis::new(path, text);
    let mut crates = vec![("user", analysis.user_crate)];
    if !args.iter().any(|a| a == "--no-library") {
        for (name, k) in ["core", "alloc", "std"]
            .iter()
            .zip(&analysis.library_crates)
        {
            crates.push((name, *k));
        }
    }
    let mut total = 0;
    ra_ap_hir_ty::attach_db(&analysis.db, || {
        for (name, krate) in crates {
            let diags = diagnostics::collect(&analysis, krate);
            eprintln!("== {name}: {} diagnostics", diags.len());
            total += diags.len();
            for d in diags {
                match analysis.sources.describe(d.primary.span) {
                    Some((file, lc)) => println!("{file}:{}:{}: {}", lc.line, lc.col, d.title),
                    None => println!("<unknown>: {}", d.title),
                }
            }
        }
    });
    eprintln!("{total} diagnostics in {:?}", start.elapsed());
}
