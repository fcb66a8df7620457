//! Bit counting and manipulation methods.
fn main() {
    let x: u32 = 0b1011_0000;
    println!("{}", x.count_ones());
    println!("{}", x.count_zeros());
    println!("{}", x.leading_zeros());
    println!("{}", x.trailing_zeros());
    println!("{}", 0u32.leading_zeros());
    println!("{}", (-1i16).count_ones());
    println!("{}", 1u8.leading_zeros());
    println!("{}", u64::MAX.trailing_ones());
    println!("{}", 0b0111u8.trailing_ones());
    println!("{}", 0xF000_0000u32.leading_ones());
    println!("{:#x}", 0x1234_5678u32.rotate_left(8));
    println!("{:#x}", 0x1234_5678u32.rotate_right(4));
    println!("{:#x}", 0x1234_5678u32.swap_bytes());
    println!("{:#b}", 0b0000_0001u8.reverse_bits());
    println!("{}", !0u8);
    println!("{}", !5i32);
    println!("{}", 1u64 << 40);
    println!("{}", -16i32 >> 2);
    println!("{}", 0xF0u8 >> 4);
    println!("{}", 6 & 3 | 8 ^ 1);
}
