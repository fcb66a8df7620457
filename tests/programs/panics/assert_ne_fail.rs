//! assert_ne! failure with Debug of compound values.
fn main() {
    let a = vec![1, 2];
    let b = vec![1, 2];
    println!("comparing");
    assert_ne!(a, b);
}
