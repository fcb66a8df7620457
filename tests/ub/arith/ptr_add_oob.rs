//! ptr::add that leaves the allocation is UB even without an access.
fn main() {
    let arr = [0u8; 8];
    let p = arr.as_ptr();
    let n = std::hint::black_box(20);
    let q = unsafe { p.add(n) }; //~ ERROR pointer arithmetic
    println!("{}", q.is_null());
}
