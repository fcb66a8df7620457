//! Newtype pattern: unit conversions and operator impls on a tuple struct.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Cents(i64);

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl std::fmt::Display for Cents {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{}${}.{:02}", sign, self.0.abs() / 100, self.0.abs() % 100)
    }
}

fn main() {
    let prices = [Cents(199), Cents(2500), Cents(-75), Cents(5)];
    let mut total = Cents(0);
    for p in prices {
        total = total + p;
        println!("{} (running {})", p, total);
    }
    println!("{:?}", total);
    println!("{}", Cents(100) < Cents(101));
}
