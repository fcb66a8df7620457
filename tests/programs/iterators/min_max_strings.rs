//! min/max/min_by_key/max_by over strings and tuples, and comparing iterators.
fn main() {
    let words = ["pear", "apple", "fig", "banana", "kiwi"];
    println!("{:?} {:?}", words.iter().min(), words.iter().max());
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().max_by(|a, b| a.chars().last().cmp(&b.chars().last())));
    let scores = [("ann", 7), ("bo", 9), ("cy", 9), ("di", 3)];
    println!("{:?}", scores.iter().max_by_key(|s| s.1));
    println!("{:?}", scores.iter().min_by_key(|s| s.1));
    println!("{}", [1, 2, 3].iter().eq([1, 2, 3].iter()));
    println!("{}", [1, 2].iter().lt([1, 3].iter()));
    println!("{:?}", "hello".chars().max());
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("{:?} {:?}", lens.iter().copied().min(), lens.iter().copied().max());
}
