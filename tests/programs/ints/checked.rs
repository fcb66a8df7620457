//! checked_* arithmetic on several integer types.
fn main() {
    println!("{:?}", 250u8.checked_add(5));
    println!("{:?}", 250u8.checked_add(6));
    println!("{:?}", 3u32.checked_sub(4));
    println!("{:?}", 10i32.checked_sub(20));
    println!("{:?}", i32::MAX.checked_mul(2));
    println!("{:?}", 1000i64.checked_mul(1000));
    println!("{:?}", 7i32.checked_div(0));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", (-7i32).checked_div(2));
    println!("{:?}", 7u16.checked_rem(0));
    println!("{:?}", 17u16.checked_rem(5));
    println!("{:?}", i8::MIN.checked_neg());
    println!("{:?}", 5i8.checked_neg());
    println!("{:?}", 1u32.checked_shl(31));
    println!("{:?}", 1u32.checked_shl(32));
    println!("{:?}", 2u64.checked_pow(63));
    println!("{:?}", 2u64.checked_pow(64));
    println!("{:?}", (-5i32).checked_abs());
    println!("{:?}", i32::MIN.checked_abs());
}
