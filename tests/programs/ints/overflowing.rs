//! overflowing_* arithmetic returning (value, overflowed).
fn main() {
    println!("{:?}", 255u8.overflowing_add(1));
    println!("{:?}", 254u8.overflowing_add(1));
    println!("{:?}", 0u16.overflowing_sub(1));
    println!("{:?}", i32::MAX.overflowing_mul(2));
    println!("{:?}", i32::MIN.overflowing_neg());
    println!("{:?}", 1u64.overflowing_shl(65));
    println!("{:?}", i8::MIN.overflowing_div(-1));
    println!("{:?}", 10i128.overflowing_pow(40));
    let (v, o) = u32::MAX.overflowing_add(u32::MAX);
    println!("{v} {o}");
}
