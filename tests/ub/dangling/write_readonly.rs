//! Writing into a string literal's read-only memory.
fn main() {
    let s = "hello";
    let p = s.as_ptr() as *mut u8;
    unsafe {
        *p = b'j'; //~ ERROR read-only
    }
    println!("{s}");
}
