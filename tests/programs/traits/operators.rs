//! Operator overloading: Add, Sub, Mul, Neg, AddAssign, Index, IndexMut, PartialEq.
use std::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}
impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

struct Polygon {
    pts: Vec<V2>,
}

impl Index<usize> for Polygon {
    type Output = V2;
    fn index(&self, i: usize) -> &V2 {
        &self.pts[i % self.pts.len()]
    }
}
impl IndexMut<usize> for Polygon {
    fn index_mut(&mut self, i: usize) -> &mut V2 {
        let n = self.pts.len();
        &mut self.pts[i % n]
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: -3 };
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", a * 3);
    println!("{:?}", -b);
    let mut c = a;
    c += b;
    c += b;
    println!("{:?} {}", c, c == V2 { x: 21, y: -4 });
    let mut poly = Polygon { pts: vec![a, b, c] };
    println!("{:?}", poly[4]);
    poly[5].x = 100;
    println!("{:?}", poly.pts);
}
