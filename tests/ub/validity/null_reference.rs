//! Transmuting a null pointer into a reference.
fn main() {
    let p: *const u32 = std::hint::black_box(std::ptr::null());
    let r: &u32 = unsafe { std::mem::transmute(p) }; //~ ERROR null reference
    println!("{}", std::hint::black_box(r as *const u32).is_null());
}
