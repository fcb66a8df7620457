//! Negating i32::MIN overflows; so does abs() of it.
fn main() {
    let m = std::hint::black_box(i32::MIN);
    println!("{}", m + 1);
    println!("{}", -m);
}
