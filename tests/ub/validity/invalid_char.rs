//! A surrogate code point is not a valid char.
fn main() {
    let v = std::hint::black_box(0xD800u32);
    let c: char = unsafe { std::mem::transmute(v) }; //~ ERROR valid unicode scalar value
    println!("{c}");
}
