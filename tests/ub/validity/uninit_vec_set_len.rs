//! set_len past the initialised elements, then reading them.
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(4);
    v.push(1);
    unsafe { v.set_len(3) };
    let sum: u64 = v[0] + v[2]; //~ ERROR uninitialized
    println!("{sum}");
}
