//! Writing past the end of a heap buffer.
fn main() {
    let mut v: Vec<u8> = vec![0; 8];
    let p = v.as_mut_ptr();
    let n = std::hint::black_box(8);
    unsafe {
        p.wrapping_add(n).write(1); //~ ERROR memory access failed
    }
    println!("{:?}", v);
}
