//! The smallest program: one line of output.
fn main() {
    println!("Hello, world!");
}
