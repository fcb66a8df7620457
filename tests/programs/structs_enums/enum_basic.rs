//! Enums with data, methods, and explicit discriminants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug)]
enum Shape {
    Circle { r: u32 },
    Rect(u32, u32),
    Empty,
}

impl Shape {
    fn area_x100(&self) -> u32 {
        match self {
            Shape::Circle { r } => 314 * r * r,
            Shape::Rect(w, h) => 100 * w * h,
            Shape::Empty => 0,
        }
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 2 }, Shape::Rect(3, 4), Shape::Empty];
    for s in &shapes {
        println!("{:?} -> {}", s, s.area_x100());
    }
    println!("{}", Level::Mid as i32);
    println!("{:?}", Level::High);
    println!("{}", Level::Low < Level::High);
    let mut levels = [Level::High, Level::Low, Level::Mid];
    levels.sort();
    println!("{:?}", levels);
    println!("{:?}", levels.iter().max());
}
