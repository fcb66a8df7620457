//! wrapping_* arithmetic.
fn main() {
    println!("{}", 255u8.wrapping_add(1));
    println!("{}", 0u8.wrapping_sub(1));
    println!("{}", 200u8.wrapping_mul(3));
    println!("{}", i32::MAX.wrapping_add(1));
    println!("{}", i32::MIN.wrapping_sub(1));
    println!("{}", i64::MIN.wrapping_neg());
    println!("{}", i16::MIN.wrapping_abs());
    println!("{}", 1u32.wrapping_shl(35));
    println!("{}", 0x8000_0000u32.wrapping_shr(33));
    println!("{}", i8::MIN.wrapping_div(-1));
    println!("{}", 3u8.wrapping_pow(7));
    println!("{}", usize::MAX.wrapping_add(2));
    let mut h: u32 = 2166136261;
    for b in b"wrapping hash" {
        h ^= *b as u32;
        h = h.wrapping_mul(16777619);
    }
    println!("fnv = {h}");
}
