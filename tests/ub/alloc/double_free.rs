//! Turning one raw pointer into two Boxes: the second Box dangles once the first is dropped (Miri
//! reports the dangling Box when it is passed to `drop`, before the second free).
fn main() {
    let p = Box::into_raw(Box::new([1u8; 16]));
    let a = unsafe { Box::from_raw(p) };
    let b = unsafe { Box::from_raw(p) };
    drop(a);
    drop(b); //~ ERROR dangling box
}
