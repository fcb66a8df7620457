//! Generic functions with trait bounds, multiple type parameters and turbofish.
use std::fmt::Debug;

fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {
    let mut m = v[0];
    for &x in v {
        if x > m {
            m = x;
        }
    }
    m
}

fn pair_up<A: Clone, B: Clone>(a: &A, b: &B) -> (A, B) {
    (a.clone(), b.clone())
}

fn show_all<T: Debug>(items: &[T]) -> String {
    items.iter().map(|i| format!("{:?}", i)).collect::<Vec<_>>().join("|")
}

fn zeroed<T: Default>() -> T {
    T::default()
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&['q', 'z', 'a']));
    println!("{}", largest(&[-1i64, -5]));
    println!("{:?}", pair_up(&1u8, &"x"));
    println!("{}", show_all(&[Some(1), None]));
    println!("{}", show_all::<&str>(&[]));
    println!("{:?} {:?} {:?}", zeroed::<u32>(), zeroed::<String>(), zeroed::<(bool, char)>());
}
