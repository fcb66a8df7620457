fn classify(n: i32) -> &'static str {
    match n % 3 {
        0 => "fizz-ish",
        1 | -1 => "one-off",
        2 | -2 => "two-off",
        r => unreachable!("remainder {} of {} is impossible", r, n),
    }
}

fn checked(n: u32) -> u32 {
    if n > 3 {
        unimplemented!("values above {}: got {n}", 3)
    }
    n * 10
}

fn main() {
    for n in [-4, 0, 7, 11] { println!("{} {}", n, classify(n)); }
    for n in 1..10 { println!("{}", checked(n)); }
}
