//! Creating a reference with insufficient alignment.
fn main() {
    let data = [0u16; 8];
    let base = data.as_ptr() as *const u8;
    let off = std::hint::black_box(1);
    let r: &u16 = unsafe { &*(base.wrapping_add(off) as *const u16) }; //~ ERROR unaligned reference
    println!("{}", std::hint::black_box(r as *const u16).is_null());
}
