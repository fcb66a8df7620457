//! Partially consumed Vec::into_iter drops the remaining elements.
struct Tok(u8);

impl Drop for Tok {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Tok(1), Tok(2), Tok(3), Tok(4)];
    let mut it = v.into_iter();
    let first = it.next().unwrap();
    println!("took {}", first.0);
    drop(it);
    println!("iterator dropped");
    let mut w = vec![Tok(5), Tok(6), Tok(7)];
    let popped = w.pop();
    w.remove(0);
    println!("len {}", w.len());
    drop(popped);
    println!("end");
}
