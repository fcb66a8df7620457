//! A Box made from a pointer to a stack variable frees stack memory when dropped.
fn main() {
    let mut local = [0u16; 4];
    let b = unsafe { Box::from_raw(&mut local as *mut [u16; 4]) };
    println!("{}", b.len());
    drop(b); //~ ERROR stack variable memory
}
