fn add_all(xs: &[u8]) -> u8 {
    let mut s: u8 = 0;
    for &x in xs { s += x; }
    s
}
fn main() {
    println!("{}", add_all(&[10, 20, 30]));
    println!("{}", add_all(&[200, 100]));
}
