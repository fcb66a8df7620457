//! extend_from_slice, extend, append, split_off, drain, reserve, concat, join.
fn main() {
    let mut v = vec![1, 2];
    v.extend_from_slice(&[3, 4, 5]);
    v.extend(vec![6, 7]);
    v.extend((8..10).map(|x| x * 10));
    println!("{:?}", v);
    let mut other = vec![100, 200];
    v.append(&mut other);
    println!("{:?} {:?}", v, other);
    let tail = v.split_off(8);
    println!("{:?} {:?}", v, tail);
    let drained: Vec<i32> = v.drain(1..4).collect();
    println!("{:?} {:?}", drained, v);
    v.reserve(100);
    println!("{}", v.capacity() >= 104);
    let nested = vec![vec![1, 2], vec![3]];
    println!("{:?}", nested.concat());
    let words = vec!["x", "y", "z"];
    println!("{}", words.join("/"));
    v.resize(6, -1);
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    let mut c = v.clone();
    c.retain(|x| *x > 0);
    println!("{:?} {}", c, v == c);
}
