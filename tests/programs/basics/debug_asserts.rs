//! debug_assert!, debug_assert_eq!, debug_assert_ne! and assert_eq! with messages that pass.
fn main() {
    let v = [1, 2, 3];
    debug_assert!(v.len() == 3);
    debug_assert_eq!(v[0] + v[1], v[2]);
    debug_assert_ne!(v[0], v[1], "elements {} and {} must differ", v[0], v[1]);
    assert_eq!(v.iter().sum::<i32>(), 6, "sum mismatch");
    assert_ne!(v, [0; 3]);
    assert!(v.contains(&2), "missing {}", 2);
    println!("all assertions held");
}
