//! A pointer to a local that went out of scope is dangling.
fn main() {
    let p: *const i32;
    {
        let x = 7;
        p = &x;
    }
    let v = unsafe { *p }; //~ ERROR has been freed
    println!("{v}");
}
