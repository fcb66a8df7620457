//! 128-bit integer arithmetic: multiplication, division and formatting.
fn main() {
    let a: u128 = 0xffff_ffff_ffff_ffff;
    let b = a * a;
    println!("{b}");
    println!("{:x}", b);
    println!("{}", b / 12345678901234567u128);
    println!("{}", b % 1_000_000_007);
    let c: i128 = -170141183460469231731687303715884105728;
    println!("{}", c + 1);
    println!("{}", (c + 1).abs());
    let mut fact: u128 = 1;
    for i in 1..=34u128 {
        fact *= i;
    }
    println!("34! = {fact}");
    println!("{}", fact.leading_zeros());
    println!("{}", (-1i128) as u128 >> 64);
}
