//! mem::swap, mem::replace, mem::take on values, Strings, Vecs and struct fields.
use std::mem;

#[derive(Debug, Default)]
struct Buf {
    data: Vec<u8>,
    name: String,
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("{a} {b}");
    let mut s = String::from("old");
    let prev = mem::replace(&mut s, String::from("new"));
    println!("{prev} {s}");
    let mut v = vec![1, 2, 3];
    let taken = mem::take(&mut v);
    println!("{:?} {:?}", taken, v);
    let mut buf = Buf { data: vec![9], name: "b".into() };
    let old = mem::take(&mut buf);
    println!("{:?} {:?}", old, buf);
    let mut x = [1, 2];
    let mut y = [3, 4];
    mem::swap(&mut x, &mut y);
    println!("{:?} {:?}", x, y);
    let mut o = Some(5);
    let t = mem::take(&mut o);
    println!("{:?} {:?}", t, o);
}
