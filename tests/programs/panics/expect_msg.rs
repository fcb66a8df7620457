//! Option::expect and Result::expect messages.
fn main() {
    let cfg: Option<&str> = None;
    println!("reading config");
    let v = cfg.expect("config must be present");
    println!("{v}");
}
