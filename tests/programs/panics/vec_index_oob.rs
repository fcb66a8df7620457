//! Indexing a Vec out of bounds panics at the indexing expression.
fn main() {
    let v: Vec<u32> = (0..4).collect();
    let mut i = 0;
    while i < 10 {
        println!("v[{i}] = {}", v[i]);
        i += 1;
    }
}
