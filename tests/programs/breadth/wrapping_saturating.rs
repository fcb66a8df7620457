use std::num::{Saturating, Wrapping};

fn main() {
    let mut h = Wrapping(0x811c9dc5u32);
    for b in "hash me".bytes() {
        h ^= Wrapping(b as u32);
        h *= Wrapping(0x01000193);
    }
    println!("{} {:x} {:08X}", h, h, h);
    let a = Wrapping(200u8);
    println!("{} {} {} {} {}", a + Wrapping(100), a - Wrapping(201), a * Wrapping(3), a / Wrapping(7), a % Wrapping(7));
    println!("{} {} {}", -Wrapping(5i8), -Wrapping(1u8), !Wrapping(0u16));
    println!("{} {}", Wrapping(1u8) << 9, Wrapping(0x80u8) >> 7);
    println!("{} {}", Wrapping(i32::MIN) / Wrapping(-1), Wrapping(i32::MIN) - Wrapping(1));
    let total: Wrapping<u8> = [Wrapping(100u8), Wrapping(100), Wrapping(100)].iter().sum();
    let prod: Wrapping<u16> = (1..=10u16).map(Wrapping).product();
    println!("{} {}", total, prod);
    println!("{:?} {:?}", Wrapping(3), Wrapping(3) < Wrapping(4));
    let s = Saturating(250u8);
    println!("{} {} {} {}", s + Saturating(10), s - Saturating(251), s * Saturating(2), s / Saturating(3));
    let mut t = Saturating(i16::MAX - 5);
    t += Saturating(100);
    println!("{} {} {:?}", t, -Saturating(i16::MIN), Saturating(-3i8) * Saturating(100));
    let sum: Saturating<u8> = (0..100u8).map(Saturating).sum();
    println!("{} {:b}", sum, Saturating(5u8) & Saturating(6) | Saturating(8));
}
