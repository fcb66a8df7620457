//! Arithmetic overflow in a debug build panics: "attempt to add with overflow".
fn main() {
    let mut x: u8 = 250;
    for i in 0..10 {
        println!("x = {x}");
        x += i;
    }
}
