//! pow, min, max, clamp, abs, signum, abs_diff, rem_euclid.
fn main() {
    println!("{}", 3i32.pow(4));
    println!("{}", 2u64.pow(40));
    println!("{}", (-2i64).pow(5));
    println!("{}", 7.min(3));
    println!("{}", 7u8.max(200));
    println!("{}", 15i32.clamp(0, 10));
    println!("{}", (-15i32).clamp(-10, 10));
    println!("{}", (-42i32).abs());
    println!("{}", (-42i32).signum());
    println!("{}", 0i32.signum());
    println!("{}", 42i32.signum());
    println!("{}", 3u8.abs_diff(250));
    println!("{}", (-100i32).abs_diff(100));
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", (-7i32).div_euclid(3));
    println!("{}", 7i32.div_euclid(-3));
    println!("{}", (-128i8).unsigned_abs());
    println!("{}", 17u32.is_power_of_two());
    println!("{}", 16u32.is_power_of_two());
    println!("{}", 17u32.next_power_of_two());
    println!("{}", std::cmp::max(4, 9));
    println!("{}", std::cmp::min("b", "a"));
    println!("{}", 10u32.isqrt());
    println!("{}", 1000u32.ilog10());
    println!("{}", 1024u32.ilog2());
}
