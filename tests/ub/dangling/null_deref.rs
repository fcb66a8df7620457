//! Dereferencing a null pointer.
fn main() {
    let p: *const i32 = std::hint::black_box(std::ptr::null());
    let v = unsafe { *p }; //~ ERROR null pointer
    println!("{v}");
}
