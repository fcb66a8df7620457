//! `as` casts between integer types, bool and char.
fn main() {
    println!("{}", 300i32 as u8);
    println!("{}", -1i32 as u32);
    println!("{}", -1i8 as u64);
    println!("{}", 255u8 as i8);
    println!("{}", 65536u32 as u16);
    println!("{}", u64::MAX as i32);
    println!("{}", -129i32 as i8);
    println!("{}", true as u8 + true as u8);
    println!("{}", 'Z' as u8);
    println!("{}", 97u8 as char);
    println!("{}", 'ř' as u32);
    println!("{}", 'ř' as u8);
    println!("{}", i128::MAX as u128);
    println!("{}", (1u128 << 100) as u64);
    println!("{}", -5isize as usize == usize::MAX - 4);
    let big: u64 = 1 << 40;
    println!("{}", big as u32);
    println!("{}", u8::try_from(300i32).is_err());
    println!("{:?}", i8::try_from(100u64));
    println!("{}", u32::from(200u8));
    println!("{}", i64::from(-3i32));
    let x: u16 = 40000u16.into();
    println!("{x}");
}
