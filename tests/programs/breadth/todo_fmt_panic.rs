#[derive(Debug)]
enum Shape { Circle(f64), Square(f64), Hexagon(f64) }

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Square(a) => a * a,
        Shape::Hexagon(side) => todo!("area of hexagon with side {}", side),
    }
}

fn main() {
    for s in [Shape::Circle(1.0), Shape::Square(2.5), Shape::Hexagon(1.5)] {
        println!("{:?} -> {}", s, area(&s));
    }
}
