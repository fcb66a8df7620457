//! Float arithmetic, comparisons, casts and common methods with exactly representable results.
fn main() {
    let a = 7.5f64;
    let b = 2.0f64;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {} {} {}", a.floor(), a.ceil(), a.round(), a.trunc());
    println!("{} {}", (-a).abs(), a.max(b));
    println!("{} {}", 16.0f64.sqrt(), 2.0f64.powi(10));
    println!("{} {}", a as i32, -a as i64);
    println!("{} {}", 300.7f64 as u8, -1.0f64 as u32);
    println!("{}", f64::NAN as i32);
    println!("{}", (5 as f64) / 4.0);
    println!("{}", a > b && b < a);
    println!("{}", f64::NAN == f64::NAN);
    println!("{:?}", a.partial_cmp(&b));
    println!("{}", 1.5f32 as f64);
    let v = [2.5f64, -1.0, 4.0];
    let sum: f64 = v.iter().sum();
    println!("{sum}");
    println!("{:?}", v.iter().cloned().fold(f64::NEG_INFINITY, f64::max));
}
