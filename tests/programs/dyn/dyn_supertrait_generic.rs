//! dyn Trait with a supertrait, dyn in struct fields, and &mut dyn.
trait Shape {
    fn area(&self) -> u32;
}

trait Solid: Shape {
    fn volume(&self, depth: u32) -> u32 {
        self.area() * depth
    }
}

struct Sq(u32);
impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}
impl Solid for Sq {}

struct Tri(u32, u32);
impl Shape for Tri {
    fn area(&self) -> u32 {
        self.0 * self.1 / 2
    }
}
impl Solid for Tri {
    fn volume(&self, depth: u32) -> u32 {
        self.area() * depth / 3
    }
}

struct Scene {
    items: Vec<Box<dyn Solid>>,
}

trait Counter {
    fn bump(&mut self) -> u32;
}

struct C(u32);
impl Counter for C {
    fn bump(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn bump_twice(c: &mut dyn Counter) -> u32 {
    c.bump();
    c.bump()
}

fn main() {
    let s = Scene { items: vec![Box::new(Sq(3)), Box::new(Tri(4, 6))] };
    for it in &s.items {
        println!("{} {}", it.area(), it.volume(6));
    }
    let mut c = C(10);
    println!("{}", bump_twice(&mut c));
    println!("{}", c.0);
}
