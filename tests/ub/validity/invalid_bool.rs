//! Transmuting 3 into a bool produces an invalid value.
fn main() {
    let byte = std::hint::black_box(3u8);
    let b: bool = unsafe { std::mem::transmute(byte) }; //~ ERROR expected a boolean
    println!("{b}");
}
