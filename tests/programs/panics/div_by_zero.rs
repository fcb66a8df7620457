//! Integer division by zero panics: "attempt to divide by zero".
fn ratio(a: i64, b: i64) -> i64 {
    a / b
}

fn main() {
    let pairs = [(10, 2), (9, 3), (1, 0)];
    for (a, b) in pairs {
        println!("{a}/{b} = {}", ratio(a, b));
    }
}
