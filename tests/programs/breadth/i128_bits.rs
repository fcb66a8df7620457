fn main() {
    let a: i128 = 1 << 100;
    println!("{} {:x} {:b}", a, a, 5i128);
    let b: u128 = u128::MAX / 3;
    println!("{} {}", b, b.count_ones());
    println!("{}", (a as f64));
    println!("{:?}", 123456789012345678901234567890i128.checked_mul(10_000_000_000));
    println!("{:?}", i128::MAX.checked_add(1));
    println!("{}", (-170141183460469231731687303715884105728i128).wrapping_neg());
    println!("{}", u128::from_str_radix("ffffffffffffffffffffffffffffffff", 16).unwrap());
    println!("{}", "-99999999999999999999999".parse::<i128>().unwrap() / 7);
    println!("{}", -99999999999999999999999i128 % 7);
    let mut bits = 0u64;
    for i in [1, 5, 9, 63] { bits |= 1 << i; }
    println!("{:#018x} {}", bits, bits.count_ones());
    println!("{}", bits >> 60);
    println!("{}", !0u8 as i8);
    println!("{}", (0xF0u8 & 0x3C) ^ 0xFF);
    let mut x: u32 = 0xDEADBEEF;
    let mut s = String::new();
    for _ in 0..8 { s.push(char::from_digit(x & 0xF, 16).unwrap()); x >>= 4; }
    println!("{}", s.chars().rev().collect::<String>().to_uppercase());
    let mut rng: u64 = 42;
    let mut vals = vec![];
    for _ in 0..5 { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; vals.push(rng % 1000); }
    println!("{:?}", vals);
    let mut lcg: u32 = 12345;
    for _ in 0..3 { lcg = lcg.wrapping_mul(1103515245).wrapping_add(12345); print!("{} ", (lcg >> 16) & 0x7fff); }
    println!();
    println!("{} {}", u64::MAX.leading_ones(), 40u16.reverse_bits());
    println!("{} {}", 1u32.checked_shl(32).is_none(), 1u32.wrapping_shl(33));
    println!("{} {}", (-8i32) >> 1, (-8i32 as u32) >> 1);
    println!("{:?}", (100u8).checked_next_power_of_two());
    println!("{} {}", 17u32.next_power_of_two(), 64u32.is_power_of_two());
    println!("{}", i64::MIN);
    println!("{:>40}", u128::MAX);
    println!("{:e}", 1234567u64);
}
