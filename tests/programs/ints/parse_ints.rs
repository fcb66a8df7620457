//! Parsing integers from strings, with errors.
fn main() {
    println!("{:?}", "42".parse::<i32>());
    println!("{:?}", "-17".parse::<i64>());
    println!("{:?}", "+8".parse::<u8>().ok());
    println!("{}", "256".parse::<u8>().is_err());
    println!("{}", "abc".parse::<u32>().is_err());
    println!("{}", "".parse::<u32>().is_err());
    println!("{:?}", u32::from_str_radix("ff", 16));
    println!("{:?}", i32::from_str_radix("-101", 2));
    let total: i32 = "1 2 3 4 5".split(' ').map(|s| s.parse::<i32>().unwrap()).sum();
    println!("{total}");
    let n: usize = "  12 ".trim().parse().unwrap_or(0);
    println!("{n}");
}
