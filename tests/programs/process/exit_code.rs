//! std::process::exit with a non-zero code after output.
fn main() {
    println!("about to exit");
    let code = if std::env::args().count() > 100 { 0 } else { 3 };
    std::process::exit(code);
}
