//! unchecked_add that overflows.
fn main() {
    let a = std::hint::black_box(u8::MAX);
    let s = unsafe { a.unchecked_add(1) }; //~ ERROR overflow
    println!("{s}");
}
