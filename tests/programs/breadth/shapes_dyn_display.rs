use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        "shape".to_string()
    }
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }

impl Shape for Circle {
    fn area(&self) -> f64 { std::f64::consts::PI * self.r * self.r }
    fn name(&self) -> String { format!("circle(r={})", self.r) }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Rect { w: 3.0, h: 4.5 }),
        Box::new(Circle { r: 0.25 }),
    ];
    let mut total = 0.0;
    for (i, s) in shapes.iter().enumerate() {
        println!("{:>2}: {:<16}|{:>10.3}|", i, s.name(), s.area());
        total += s.area();
    }
    println!("total = {:.4}", total);
    println!("rect: [{}] [{:>12}] [{:<12}]", Rect { w: 1.0, h: 2.0 }, format!("{}", Rect { w: 7.5, h: 0.5 }), Rect { w: 2.0, h: 2.0 }.to_string());
    let biggest = shapes
        .iter()
        .max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
        .unwrap();
    println!("biggest: {}", biggest.name());
}
