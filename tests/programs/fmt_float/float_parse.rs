//! Parsing floats from strings and printing them back.
fn main() {
    for s in ["1.5", "-0.25", "1e3", "inf", "nan", "abc", "  2.0"] {
        match s.parse::<f64>() {
            Ok(v) => println!("{s:?} -> {v}"),
            Err(_) => println!("{s:?} -> error"),
        }
    }
    let total: f64 = "0.5 0.25 0.125".split(' ').map(|x| x.parse::<f64>().unwrap()).sum();
    println!("{total}");
}
