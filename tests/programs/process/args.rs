//@ args: alpha beta 42
//! Command-line arguments via std::env::args (skipping the program name).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("{} args", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("{i}: {a}");
    }
    let n: i32 = args.iter().filter_map(|a| a.parse::<i32>().ok()).sum();
    println!("numeric sum {n}");
    println!("{}", std::env::args().len());
}
