//! Integers through traits: PartialOrd/Ord, Default, Clone, Hash-free comparisons.
use std::cmp::Ordering;

fn main() {
    println!("{:?}", 3.cmp(&5));
    println!("{:?}", 5u8.cmp(&5));
    println!("{:?}", (-1i32).partial_cmp(&-2));
    println!("{}", i32::default());
    println!("{}", u64::default());
    let v = 7i16;
    let w = v.clone();
    println!("{}", v == w);
    match 10.cmp(&3) {
        Ordering::Less => println!("less"),
        Ordering::Equal => println!("equal"),
        Ordering::Greater => println!("greater"),
    }
    println!("{:?}", Ordering::Less.reverse());
    println!("{:?}", 1.cmp(&1).then(2.cmp(&1)));
    println!("{}", 5 != 6);
    println!("{}", (1, 2) < (1, 3));
    println!("{}", [1, 2, 3] < [1, 2, 4]);
}
