//! Turning one raw pointer into two Boxes frees the allocation twice.
fn main() {
    let p = Box::into_raw(Box::new([1u8; 16]));
    let a = unsafe { Box::from_raw(p) };
    let b = unsafe { Box::from_raw(p) };
    drop(a);
    drop(b); //~ ERROR has been freed
}
