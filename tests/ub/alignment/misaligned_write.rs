//! Writing a u64 to a misaligned address inside a u64 array.
fn main() {
    let mut words = [0u64; 4];
    let p = (words.as_mut_ptr() as *mut u8).wrapping_add(std::hint::black_box(3)) as *mut u64;
    unsafe {
        p.write(1); //~ ERROR alignment 8 is required
    }
    println!("{:?}", words);
}
