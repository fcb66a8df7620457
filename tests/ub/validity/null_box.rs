//! A Box must never be null.
fn main() {
    let p: *mut u8 = std::hint::black_box(std::ptr::null_mut());
    let b: Box<u8> = unsafe { std::mem::transmute(p) }; //~ ERROR null box
    std::mem::forget(b);
}
