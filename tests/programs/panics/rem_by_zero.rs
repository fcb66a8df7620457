//! Remainder by zero panics with rustc's message.
fn main() {
    let d = std::hint::black_box(0u32);
    println!("start");
    println!("{}", 10 % d);
}
