//! Slicing with an out-of-range end panics with the slice's message.
fn main() {
    let v = vec![1, 2, 3];
    let end = std::hint::black_box(5);
    println!("{:?}", &v[..2]);
    println!("{:?}", &v[1..end]);
}
