//! The vec! macro forms, nested vecs, Vec equality and Debug formatting.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![0u8; 5];
    let c: Vec<String> = vec![];
    let d = vec![vec!['a'; 2]; 2];
    let e = vec![(1, "one"), (2, "two")];
    println!("{:?}\n{:?}\n{:?}\n{:?}\n{:?}", a, b, c, d, e);
    println!("{}", a == vec![1, 2, 3]);
    println!("{}", a != [1, 2]);
    println!("{:#?}", e);
    let f = vec![Some(1), None];
    println!("{:?}", f);
    let boxed = vec![Box::new(5)];
    println!("{:?}", boxed);
}
