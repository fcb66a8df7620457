//! MIN/MAX/BITS of every integer type.
fn main() {
    println!("{} {}", i8::MIN, i8::MAX);
    println!("{} {}", i16::MIN, i16::MAX);
    println!("{} {}", i32::MIN, i32::MAX);
    println!("{} {}", i64::MIN, i64::MAX);
    println!("{} {}", i128::MIN, i128::MAX);
    println!("{} {}", isize::MIN, isize::MAX);
    println!("{} {}", u8::MIN, u8::MAX);
    println!("{} {}", u16::MIN, u16::MAX);
    println!("{} {}", u32::MIN, u32::MAX);
    println!("{} {}", u64::MIN, u64::MAX);
    println!("{} {}", u128::MIN, u128::MAX);
    println!("{} {}", usize::MIN, usize::MAX);
    println!("{} {} {}", u8::BITS, i64::BITS, u128::BITS);
}
