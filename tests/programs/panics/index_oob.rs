//! Indexing an array past its end panics with the length and index.
fn main() {
    let arr = [1, 2, 3];
    let idx = std::hint::black_box(5);
    println!("len {}", arr.len());
    println!("{}", arr[idx]);
}
