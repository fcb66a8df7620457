//! Generic code over numeric-like types via a small trait.
trait Num: Copy + std::ops::Add<Output = Self> + std::ops::Mul<Output = Self> + PartialOrd {
    fn zero() -> Self;
    fn one() -> Self;
}

impl Num for i32 {
    fn zero() -> i32 {
        0
    }
    fn one() -> i32 {
        1
    }
}

impl Num for u64 {
    fn zero() -> u64 {
        0
    }
    fn one() -> u64 {
        1
    }
}

fn dot<T: Num>(a: &[T], b: &[T]) -> T {
    let mut acc = T::zero();
    for i in 0..a.len() {
        acc = acc + a[i] * b[i];
    }
    acc
}

fn power<T: Num>(base: T, exp: u32) -> T {
    let mut r = T::one();
    for _ in 0..exp {
        r = r * base;
    }
    r
}

fn main() {
    println!("{}", dot(&[1, 2, 3], &[4, -5, 6]));
    println!("{}", dot(&[10u64, 20], &[3, 4]));
    println!("{}", power(3i32, 5));
    println!("{}", power(2u64, 50));
}
