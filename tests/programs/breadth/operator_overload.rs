use std::ops::{Add, Sub, Mul, Neg, Index, IndexMut, AddAssign};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 { x: i32, y: i32 }

impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<i32> for V2 { type Output = V2; fn mul(self, k: i32) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl<'a> Add<&'a V2> for &'a V2 { type Output = V2; fn add(self, o: &V2) -> V2 { *self + *o } }
impl fmt::Display for V2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) }
}

struct Matrix { rows: usize, cols: usize, data: Vec<f64> }
impl Index<(usize, usize)> for Matrix {
    type Output = f64;
    fn index(&self, (r, c): (usize, usize)) -> &f64 { &self.data[r * self.cols + c] }
}
impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut f64 { &mut self.data[r * self.cols + c] }
}
impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, o: &Matrix) -> Matrix {
        let mut m = Matrix { rows: self.rows, cols: o.cols, data: vec![0.0; self.rows * o.cols] };
        for i in 0..self.rows { for j in 0..o.cols { for k in 0..self.cols {
            m[(i, j)] += self[(i, k)] * o[(k, j)];
        }}}
        m
    }
}
impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:6.1}", self[(r, c)])).collect();
            writeln!(f, "[{}]", row.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: -3, y: 5 };
    let mut c = a + b * 2 - -a;
    println!("{} {:?}", c, c);
    c += V2 { x: 100, y: 0 };
    println!("{} {}", c, &a + &b);
    println!("eq {} {}", a == V2 { x: 1, y: 2 }, V2::default() == a);
    let m = Matrix { rows: 2, cols: 3, data: vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0] };
    let n = Matrix { rows: 3, cols: 2, data: vec![0.5, -1.0, 1.5, 2.0, -0.5, 0.0] };
    print!("{}", &m * &n);
    let sum: V2 = [a, b, c].iter().fold(V2::default(), |acc, v| acc + *v);
    println!("sum {}", sum);
}
