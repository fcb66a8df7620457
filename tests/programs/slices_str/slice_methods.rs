//! Slice methods: len, first, last, get, contains, starts_with, split_at, reverse, sort, binary_search.
fn main() {
    let mut v = [9, 4, 7, 1, 8, 2];
    let s = &v[..];
    println!("{} {:?} {:?}", s.len(), s.first(), s.last());
    println!("{:?} {:?}", s.get(2), s.get(10));
    println!("{:?}", s.get(1..3));
    println!("{} {}", s.contains(&7), s.contains(&5));
    println!("{} {}", s.starts_with(&[9, 4]), s.ends_with(&[2]));
    let (a, b) = s.split_at(2);
    println!("{:?} {:?}", a, b);
    println!("{}", s.is_empty());
    v.reverse();
    println!("{:?}", v);
    v.sort();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&7), v.binary_search(&5));
    v.swap(0, 5);
    println!("{:?}", v);
    println!("{:?}", v.iter().rev().collect::<Vec<_>>());
    let (l, r) = v.split_at_mut(3);
    l[0] += r[0];
    println!("{:?}", v);
    v.rotate_left(2);
    println!("{:?}", v);
    v.fill(0);
    println!("{:?}", v);
    println!("{:?}", [3, 1, 2].concat_check());
}

trait ConcatCheck {
    fn concat_check(&self) -> Vec<i32>;
}

impl ConcatCheck for [i32; 3] {
    fn concat_check(&self) -> Vec<i32> {
        [&self[..], &[0][..]].concat()
    }
}
