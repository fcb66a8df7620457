//! Structs: named fields, tuple structs, unit structs, methods and update syntax.
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Meters(u32);

#[derive(Debug)]
struct Marker;

#[derive(Debug, Clone)]
struct Config {
    name: String,
    verbose: bool,
    level: u8,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn translate(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }
}

fn main() {
    let mut p = Point::new(3, -4);
    println!("{:?} {}", p, p.manhattan());
    p.translate(1, 1);
    println!("{:?}", p);
    println!("{}", p == Point { x: 4, y: -3 });
    let m = Meters(25);
    println!("{:?}", m);
    println!("{:?}", Marker);
    let base = Config { name: "base".to_string(), verbose: false, level: 1 };
    let custom = Config { verbose: true, ..base.clone() };
    println!("{:?}", base);
    println!("{:?}", custom);
    println!("{:#?}", p);
}
