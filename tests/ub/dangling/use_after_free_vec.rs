//! Reading a Vec's element through a pointer taken before the Vec reallocated.
fn main() {
    let mut v = Vec::with_capacity(1);
    v.push(1u32);
    let p = v.as_ptr();
    for i in 0..100 {
        v.push(i);
    }
    let x = unsafe { *p }; //~ ERROR has been freed
    println!("{x}");
}
