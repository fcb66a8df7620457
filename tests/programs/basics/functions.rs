//! Free functions: arguments, return values, early return, recursion.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn sign(x: i64) -> &'static str {
    if x < 0 {
        return "negative";
    }
    if x == 0 { "zero" } else { "positive" }
}

fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn swap_pair(p: (i32, i32)) -> (i32, i32) {
    (p.1, p.0)
}

fn nothing() {}

fn main() {
    println!("{}", add(2, 3));
    for v in [-5, 0, 7] {
        println!("{v} is {}", sign(v));
    }
    for n in 0..=10 {
        println!("{n}! = {}", factorial(n));
    }
    println!("{:?}", swap_pair((1, 2)));
    nothing();
    println!("{:?}", nothing());
}
