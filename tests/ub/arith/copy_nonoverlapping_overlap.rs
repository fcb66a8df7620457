//! copy_nonoverlapping with overlapping source and destination.
fn main() {
    let mut a = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let p = a.as_mut_ptr();
    unsafe {
        std::ptr::copy_nonoverlapping(p, p.add(2), 4); //~ ERROR overlapping
    }
    println!("{:?}", a);
}
