//! assert_eq! failure prints left and right values.
fn sum(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    assert_eq!(sum(&[1, 2, 3]), 6);
    println!("first assertion passed");
    assert_eq!(sum(&[1, 2, 3]), 7, "sum of {:?} is wrong", [1, 2, 3]);
}
