//! Destructuring structs, tuples, nested enums and references.
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

enum Msg {
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
    Quit,
}

fn main() {
    let p = Point3 { x: 1, y: -2, z: 3 };
    let Point3 { x, y: why, .. } = p;
    println!("{x} {why} {}", p.z);
    let ((a, b), [c, d, ..]) = ((1, 2), [3, 4, 5, 6]);
    println!("{a} {b} {c} {d}");
    let msgs = [Msg::Move { x: 1, y: 2 }, Msg::Write("hi".to_string()), Msg::Color(0, 128, 255), Msg::Quit];
    for m in &msgs {
        match m {
            Msg::Move { x: 0, y } => println!("vertical {y}"),
            Msg::Move { x, y } => println!("move {x},{y}"),
            Msg::Write(s) => println!("write {s}"),
            Msg::Color(r, _, b) => println!("color r={r} b={b}"),
            Msg::Quit => println!("quit"),
        }
    }
    let v = vec![(1, 'a'), (2, 'b')];
    for &(n, ch) in &v {
        print!("{n}{ch} ");
    }
    println!();
    let r = &Some(5);
    if let Some(inner) = r {
        println!("{}", inner + 1);
    }
}
