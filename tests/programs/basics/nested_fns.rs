//! Nested fn items, fn pointers and higher-order functions.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn compose(f: fn(i32) -> i32, g: fn(i32) -> i32, x: i32) -> i32 {
    g(f(x))
}

fn main() {
    fn inc(x: i32) -> i32 {
        x + 1
    }
    fn dbl(x: i32) -> i32 {
        x * 2
    }
    println!("{}", apply(inc, 1));
    println!("{}", compose(inc, dbl, 5));
    println!("{}", compose(dbl, inc, 5));
    let table: [(&str, fn(i32) -> i32); 2] = [("inc", inc), ("dbl", dbl)];
    for (name, f) in table {
        println!("{name}(10) = {}", f(10));
    }
    let mut f: fn(i32) -> i32 = inc;
    f = if f(0) == 1 { dbl } else { inc };
    println!("{}", f(21));
}
