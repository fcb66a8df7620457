//! Reading through a pointer into a Box after the Box was dropped.
fn main() {
    let b = Box::new(42i32);
    let p = &*b as *const i32;
    drop(b);
    let v = unsafe { *p }; //~ ERROR has been freed
    println!("{v}");
}
