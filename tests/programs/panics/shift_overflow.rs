//! Shifting by the bit width or more panics in debug builds.
fn main() {
    let amount = std::hint::black_box(32u32);
    println!("{}", 1u32 << 31);
    println!("{}", 1u32 << amount);
}
