//! process::exit(0) in the middle of a loop stops the program; no more output.
fn main() {
    for i in 0..10 {
        println!("{i}");
        if i == 4 {
            std::process::exit(0);
        }
    }
    println!("never printed");
}
