//! Generic structs and enums with impls.
#[derive(Debug)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

impl<T> Pair<T> {
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

fn split(v: &[i32]) -> Vec<Either<i32, String>> {
    v.iter().map(|x| if *x >= 0 { Either::Left(*x) } else { Either::Right(format!("neg{}", -x)) }).collect()
}

fn main() {
    let p = Pair { a: 3, b: 9 };
    println!("{}", p.larger());
    println!("{:?}", p.swap());
    let q = Pair { a: 'x', b: 'c' };
    println!("{}", q.larger());
    println!("{:?}", split(&[1, -2, 3]));
}
