//! Creating a reference to freed memory is UB even before it is read.
fn main() {
    let b = Box::new(5u32);
    let p = Box::into_raw(b);
    unsafe { drop(Box::from_raw(p)) };
    let r: &u32 = unsafe { &*p }; //~ ERROR dangling
    println!("{}", std::hint::black_box(r as *const u32).is_null());
}
