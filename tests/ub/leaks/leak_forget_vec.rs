//@ leak: memory leaked
//! mem::forget of a Vec leaks its heap buffer.
fn main() {
    let v = vec![1, 2, 3];
    std::mem::forget(v);
    println!("forgot the vector");
}
