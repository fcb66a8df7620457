//! Reading one element past the end of an array through a raw pointer.
fn main() {
    let arr = [1u32, 2, 3, 4];
    let p = arr.as_ptr();
    let idx = std::hint::black_box(4);
    let v = unsafe { *p.wrapping_add(idx) }; //~ ERROR memory access failed
    println!("{v}");
}
