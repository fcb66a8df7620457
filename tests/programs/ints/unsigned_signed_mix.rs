//! Mixing signed and unsigned values through explicit conversions.
fn mean(values: &[i32]) -> i32 {
    let sum: i64 = values.iter().map(|v| *v as i64).sum();
    (sum / values.len() as i64) as i32
}

fn main() {
    let v = [-10, 20, -30, 45];
    println!("{}", mean(&v));
    let idx: usize = 3;
    let offset: isize = -2;
    let pos = (idx as isize + offset) as usize;
    println!("{} -> {}", pos, v[pos]);
    let delta = 5u32.wrapping_sub(7) as i32;
    println!("{delta}");
    println!("{}", (200u8 as i8) as i32);
    println!("{}", i32::try_from(u32::MAX).unwrap_or(-1));
    println!("{}", usize::try_from(-1i32).is_err());
    println!("{}", 5u32.checked_add_signed(-6).is_none());
    println!("{}", 5u32.saturating_add_signed(-6));
    println!("{}", 5u32.wrapping_add_signed(-6));
}
