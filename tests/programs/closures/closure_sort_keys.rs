//! Closures as comparators and keys: sort_by, sort_by_key, retain, dedup_by_key.
fn main() {
    let mut people = vec![("zoe", 31), ("adam", 25), ("mia", 31), ("li", 19)];
    people.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", people);
    people.sort_by_key(|p| p.0.len());
    println!("{:?}", people);
    let threshold = 20;
    people.retain(|p| p.1 > threshold);
    println!("{:?}", people);
    let mut nums = vec![1, 1, 2, 3, 3, 3, 4, 1];
    nums.dedup();
    println!("{:?}", nums);
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    words.dedup_by_key(|w| w.chars().next());
    println!("{:?}", words);
    let pos = words.iter().position(|w| w.starts_with('c'));
    println!("{:?}", pos);
}
