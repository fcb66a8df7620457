//! Reading a byte holding 2 as a bool through a pointer cast.
fn main() {
    let x = std::hint::black_box(2u8);
    let p = &x as *const u8 as *const bool;
    let b = unsafe { *p }; //~ ERROR expected a boolean
    println!("{b}");
}
