//! Returning a raw pointer to a callee's local and reading it in the caller.
fn make() -> *const u64 {
    let local = 99u64;
    &local as *const u64
}

fn main() {
    let p = make();
    let v = unsafe { p.read() }; //~ ERROR has been freed
    println!("{v}");
}
