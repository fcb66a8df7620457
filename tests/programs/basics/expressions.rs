//! Operator precedence, compound assignment, if/match as expressions.
fn main() {
    let a = 2 + 3 * 4 - 6 / 2;
    let b = (2 + 3) * (4 - 6) / 2;
    let c = 17 % 5 + -3;
    println!("{a} {b} {c}");
    let mut x = 10;
    x += 5;
    x -= 3;
    x *= 2;
    x /= 4;
    x %= 4;
    println!("{x}");
    let mut bits = 0b1010u8;
    bits |= 0b0101;
    bits &= 0b1100;
    bits ^= 0b0001;
    bits <<= 2;
    bits >>= 1;
    println!("{bits}");
    let kind = match a {
        0 => "zero",
        1..=9 => "small",
        _ => "big",
    };
    println!("{kind}");
    let v = if a > b && !(c < 0) || false { 1 } else { 2 };
    println!("{v}");
    println!("{}", 1 < 2 && 2 < 3);
    println!("{}", -7 / 2);
    println!("{}", -7 % 2);
}
