//! Transmuting an out-of-range discriminant into a fieldless enum.
#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Color {
    Red = 0,
    Green = 1,
    Blue = 2,
}

fn main() {
    let raw = std::hint::black_box(7u8);
    let c: Color = unsafe { std::mem::transmute(raw) }; //~ ERROR enum tag
    println!("{:?}", c);
    println!("{:?} {:?} {:?}", Color::Red, Color::Green, Color::Blue);
}
