//! mem::discriminant, mem::needs_drop, mem::zeroed and hint::black_box.
use std::hint::black_box;
use std::mem;

#[allow(dead_code)]
enum Shape {
    Dot,
    Line(u32),
    Box2(u32, u32),
}

fn main() {
    let a = Shape::Line(3);
    let b = Shape::Line(9);
    let c = Shape::Dot;
    println!("{}", mem::discriminant(&a) == mem::discriminant(&b));
    println!("{}", mem::discriminant(&a) == mem::discriminant(&c));
    println!("{} {}", mem::needs_drop::<String>(), mem::needs_drop::<u32>());
    let z: [u16; 3] = unsafe { mem::zeroed() };
    println!("{:?}", z);
    let x = black_box(20) + black_box(22);
    println!("{x}");
    let v = black_box(vec![1, 2]);
    println!("{:?}", v);
}
