//! assert! and assert_ne! failures.
fn main() {
    let x = 3;
    assert!(x > 1);
    assert_ne!(x, 4);
    debug_assert!(x < 10, "x was {}", x);
    println!("assertions ok");
    assert!(x * 2 > 10);
}
