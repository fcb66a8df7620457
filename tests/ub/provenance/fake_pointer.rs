//! Dereferencing a pointer made up from an integer that was never an exposed address.
fn main() {
    let p = std::hint::black_box(0x1000usize) as *const u8;
    let v = unsafe { *p }; //~ ERROR memory access failed
    println!("{v}");
}
