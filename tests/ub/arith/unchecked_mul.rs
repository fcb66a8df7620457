//! unchecked_mul that overflows a signed type.
fn main() {
    let a = std::hint::black_box(i32::MAX);
    let s = unsafe { a.unchecked_mul(2) }; //~ ERROR overflow
    println!("{s}");
}
