//! Matrix operations: multiplication, transpose, identity, power (Fibonacci via matrices).
#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    n: usize,
    m: usize,
    d: Vec<i64>,
}

impl Matrix {
    fn new(n: usize, m: usize) -> Matrix {
        Matrix { n, m, d: vec![0; n * m] }
    }
    fn identity(n: usize) -> Matrix {
        let mut r = Matrix::new(n, n);
        for i in 0..n {
            r.d[i * n + i] = 1;
        }
        r
    }
    fn from(n: usize, m: usize, d: &[i64]) -> Matrix {
        Matrix { n, m, d: d.to_vec() }
    }
    fn at(&self, i: usize, j: usize) -> i64 {
        self.d[i * self.m + j]
    }
    fn mul(&self, o: &Matrix) -> Matrix {
        let mut r = Matrix::new(self.n, o.m);
        for i in 0..self.n {
            for j in 0..o.m {
                let mut s = 0;
                for k in 0..self.m {
                    s += self.at(i, k) * o.at(k, j);
                }
                r.d[i * o.m + j] = s;
            }
        }
        r
    }
    fn transpose(&self) -> Matrix {
        let mut r = Matrix::new(self.m, self.n);
        for i in 0..self.n {
            for j in 0..self.m {
                r.d[j * self.n + i] = self.at(i, j);
            }
        }
        r
    }
    fn pow(&self, mut e: u32) -> Matrix {
        let mut base = self.clone();
        let mut acc = Matrix::identity(self.n);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }
    fn print(&self) {
        for i in 0..self.n {
            let row: Vec<String> = (0..self.m).map(|j| format!("{:>5}", self.at(i, j))).collect();
            println!("{}", row.join(""));
        }
    }
}

fn main() {
    let a = Matrix::from(2, 3, &[1, 2, 3, 4, 5, 6]);
    let b = Matrix::from(3, 2, &[7, 8, 9, 10, 11, 12]);
    a.mul(&b).print();
    a.transpose().print();
    println!("{}", a.transpose().transpose() == a);
    let fib = Matrix::from(2, 2, &[1, 1, 1, 0]);
    for n in [1, 10, 50, 90] {
        println!("fib({n}) = {}", fib.pow(n).at(0, 1));
    }
}
