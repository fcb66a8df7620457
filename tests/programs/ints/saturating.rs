//! saturating_* arithmetic.
fn main() {
    println!("{}", 250u8.saturating_add(10));
    println!("{}", 5u8.saturating_sub(10));
    println!("{}", 100i8.saturating_add(100));
    println!("{}", (-100i8).saturating_sub(100));
    println!("{}", i32::MAX.saturating_mul(3));
    println!("{}", i32::MIN.saturating_mul(3));
    println!("{}", (-7i32).saturating_mul(-3));
    println!("{}", 2u32.saturating_pow(40));
    println!("{}", i64::MIN.saturating_neg());
    println!("{}", i64::MIN.saturating_abs());
    let mut health: u8 = 10;
    for dmg in [3, 4, 5, 6] {
        health = health.saturating_sub(dmg);
        println!("health {health}");
    }
}
