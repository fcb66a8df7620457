use std::collections::BTreeMap;
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq)]
struct Item { qty: u32, price: f64 }

fn main() {
    let mut inv: BTreeMap<&str, Item> = BTreeMap::new();
    inv.insert("pear", Item { qty: 3, price: 0.5 });
    inv.insert("apple", Item { qty: 10, price: 0.25 });
    inv.insert("melon", Item { qty: 1, price: 3.0 });
    inv.insert("banana", Item { qty: 6, price: 0.2 });
    for (k, v) in &inv {
        println!("{:<8} {:>4} @ {:>6.2} = {:>7.2}", k, v.qty, v.price, v.qty as f64 * v.price);
    }
    if let Some(it) = inv.get_mut("pear") { it.qty += 7; }
    let old = inv.insert("apple", Item { qty: 0, price: 0.3 });
    println!("old apple: {:?}", old);
    println!("first: {:?}", inv.iter().next());
    println!("last: {:?}", inv.iter().next_back());
    let removed = inv.remove("melon");
    println!("removed {:?}, len {}", removed, inv.len());
    let keys: Vec<_> = inv.keys().collect();
    println!("{:?}", keys);
    for (k, v) in inv.iter().rev() {
        println!("rev {} {}", k, v.qty);
    }
    let mut counts = BTreeMap::new();
    for c in "mississippi".chars() {
        *counts.entry(c).or_insert(0u32) += 1;
    }
    println!("{:?}", counts);
    let s: BTreeSet<i32> = [5, 1, 9, 1, 3, 5, 7].into_iter().collect();
    println!("{:?} min={:?} max={:?}", s, s.iter().next(), s.iter().last());
    let t: BTreeSet<i32> = (3..8).collect();
    println!("inter {:?}", s.intersection(&t).collect::<Vec<_>>());
    println!("union {:?}", s.union(&t).cloned().collect::<Vec<_>>());
    println!("{:#?}", inv.get("banana"));
}
