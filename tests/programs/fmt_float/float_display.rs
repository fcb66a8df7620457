//! Display and Debug of simple f64/f32 values (shortest round-trip representation).
fn main() {
    println!("{} {} {}", 1.0f64, 0.5f64, -2.25f64);
    println!("{:?} {:?} {:?}", 1.0f64, 0.1f64, 100.0f32);
    println!("{}", 0.1 + 0.2);
    println!("{}", 1.0f64 / 3.0);
    println!("{}", 1e21f64);
    println!("{:?}", 1e-7f64);
    println!("{} {}", f64::MAX, f64::MIN_POSITIVE);
    println!("{} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    println!("{}", -0.0f64);
    println!("{}", 3.0f32 * 1.5);
}
