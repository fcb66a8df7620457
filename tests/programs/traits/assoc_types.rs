//! Associated types and constants in traits; a custom Iterator implementation.
trait Shape {
    const SIDES: u32;
    type Unit;
    fn unit(&self) -> Self::Unit;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = &'static str;
    fn unit(&self) -> &'static str {
        "cm"
    }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn sides<S: Shape>(_s: &S) -> u32 {
    S::SIDES
}

fn main() {
    println!("{} {}", sides(&Square), Square.unit());
    let c = Countdown { n: 5 };
    let v: Vec<u32> = c.collect();
    println!("{:?}", v);
    let total: u32 = Countdown { n: 4 }.map(|x| x * x).sum();
    println!("{total}");
    for x in (Countdown { n: 3 }) {
        print!("{x}.. ");
    }
    println!("go");
}
