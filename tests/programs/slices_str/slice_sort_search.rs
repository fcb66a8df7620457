//! sort_unstable, sort_by_key with tuples, partition_point, iter().rev(), contains on slices of strings.
fn main() {
    let mut v = vec![38, 27, 43, 3, 9, 82, 10];
    v.sort_unstable();
    println!("{:?}", v);
    let idx = v.partition_point(|x| *x < 30);
    println!("{idx}");
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let names = ["delta", "alpha", "charlie", "bravo"];
    let mut sorted = names.to_vec();
    sorted.sort();
    println!("{:?}", sorted);
    println!("{}", names.contains(&"bravo"));
    println!("{:?}", sorted.binary_search(&"charlie"));
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
    println!("{}", v.iter().is_sorted_by(|a, b| a >= b));
    println!("{:?}", [1, 2, 3].iter().rev().copied().collect::<Vec<_>>());
}
