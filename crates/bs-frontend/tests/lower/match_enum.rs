enum Shape {
    Circle(u32),
    Rect { w: u32, h: u32 },
    Empty,
}

fn area(s: &Shape) -> u32 {
    match s {
        Shape::Circle(r) if *r > 10 => 3 * r * r,
        Shape::Circle(r) => *r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "neg",
        0 => "zero",
        1 | 2 | 3 => "small",
        _ => "big",
    }
}

fn main() {
    let s = Shape::Rect { w: 2, h: 3 };
    let a = area(&s);
    let _ = classify(a as i32);
    let _ = Shape::Circle(1);
    let _ = Shape::Empty;
}
