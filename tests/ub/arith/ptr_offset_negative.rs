//! ptr::offset before the start of the allocation.
fn main() {
    let v = vec![1u32, 2, 3];
    let p = v.as_ptr();
    let n = std::hint::black_box(-1isize);
    let q = unsafe { p.offset(n) }; //~ ERROR pointer arithmetic
    println!("{}", q.is_null());
}
