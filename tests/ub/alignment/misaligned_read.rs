//! Reading a u32 through a pointer that is only 1-aligned.
fn main() {
    let bytes = [0u8; 16];
    let base = bytes.as_ptr();
    let off = if base.addr() % 4 == 0 { 1 } else { 0 };
    let p = base.wrapping_add(std::hint::black_box(off)) as *const u32;
    let v = unsafe { p.read() }; //~ ERROR alignment 4 is required
    println!("{v}");
}
