//! DoubleEndedIterator: next_back, rev on chained and mapped iterators; ExactSizeIterator::len.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let mut it = v.iter();
    println!("{:?} {:?}", it.next(), it.next_back());
    println!("{}", it.len());
    println!("{:?}", it.as_slice());
    let back: Vec<_> = v.iter().map(|x| x * 10).rev().collect();
    println!("{:?}", back);
    let ch: Vec<_> = (1..3).chain(10..12).rev().collect();
    println!("{:?}", ch);
    let s = "hello";
    println!("{}", s.chars().rev().collect::<String>());
    let mut e = v.iter().enumerate().rev();
    println!("{:?}", e.next());
    println!("{:?}", v.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
}
