//! Option::unwrap on None panics at the caller's location.
fn find(v: &[i32], x: i32) -> Option<usize> {
    v.iter().position(|y| *y == x)
}

fn main() {
    let v = [4, 8, 15];
    println!("{}", find(&v, 8).unwrap());
    println!("{}", find(&v, 16).unwrap());
}
