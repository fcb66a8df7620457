//! sum and product over several numeric types, references, and empty iterators.
fn main() {
    let a: u8 = [1u8, 2, 3].iter().sum();
    let b: i64 = vec![-5i64, 10].into_iter().sum();
    let c: usize = ["ab", "cde"].iter().map(|s| s.len()).sum();
    let d: u128 = (1..=30u128).product();
    let e: i32 = Vec::<i32>::new().iter().product();
    println!("{a} {b} {c} {d} {e}");
    let total_opt: Option<i32> = [Some(1), Some(2)].into_iter().sum();
    let none_opt: Option<i32> = [Some(1), None].into_iter().sum();
    println!("{:?} {:?}", total_opt, none_opt);
}
