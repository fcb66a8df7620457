use std::collections::{HashMap, HashSet};

fn main() {
    let scores = [("alice", 90), ("bob", 72), ("alice", 85), ("carol", 60), ("bob", 88), ("alice", 70)];
    let mut by: HashMap<&str, Vec<u32>> = HashMap::new();
    for (n, s) in scores { by.entry(n).or_insert_with(Vec::new).push(s); }
    let mut names: Vec<_> = by.keys().cloned().collect();
    names.sort_unstable();
    for n in &names {
        let v = &by[n];
        let avg = v.iter().sum::<u32>() as f64 / v.len() as f64;
        println!("{:<6} {:?} avg {:.2}", n, v, avg);
    }
    let mut counter: HashMap<char, i32> = HashMap::new();
    for c in "hello world".chars().filter(|c| c.is_alphabetic()) {
        counter.entry(c).and_modify(|e| *e += 1).or_insert(1);
    }
    let mut cv: Vec<(char, i32)> = counter.into_iter().collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("{:?}", cv);
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".to_string(), 1);
    println!("{:?}", m.insert("a".to_string(), 2));
    println!("{:?}", m.get("a"));
    println!("{:?}", m.remove("a"));
    println!("{:?} {}", m.get("a"), m.is_empty());
    let mut cache: HashMap<u64, u64> = HashMap::new();
    for i in 0..50u64 { cache.insert(i, i * i); }
    println!("{} {:?}", cache.len(), cache.get(&49));
    let total: u64 = cache.values().sum();
    println!("{}", total);
    if let Some(v) = cache.get_mut(&3) { *v = 1000; }
    println!("{}", cache[&3]);
    let a: HashSet<i32> = [1, 2, 3, 4].into_iter().collect();
    let b: HashSet<i32> = [3, 4, 5].into_iter().collect();
    let mut i: Vec<_> = a.intersection(&b).copied().collect(); i.sort();
    let mut d: Vec<_> = a.difference(&b).copied().collect(); d.sort();
    let mut u: Vec<_> = a.union(&b).copied().collect(); u.sort();
    let mut sd: Vec<_> = a.symmetric_difference(&b).copied().collect(); sd.sort();
    println!("{:?} {:?} {:?} {:?}", i, d, u, sd);
    let mut seen = HashSet::new();
    let dups: Vec<i32> = [1, 3, 1, 4, 3, 5].iter().filter(|x| !seen.insert(**x)).cloned().collect();
    println!("{:?}", dups);
    let inverted: HashMap<i32, &str> = [("x", 1), ("y", 2)].iter().map(|&(k, v)| (v, k)).collect();
    let mut iv: Vec<_> = inverted.iter().collect(); iv.sort();
    println!("{:?}", iv);
    let e = by.entry("dave").or_default();
    e.push(1);
    println!("{:?}", by.get("dave"));
    let m2: HashMap<&str, i32> = HashMap::from([("k", 1)]);
    println!("{:?}", m2);
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    grid.insert((0, 0), '#'); grid.insert((1, 2), '@');
    for y in 0..3 { let row: String = (0..3).map(|x| *grid.get(&(x, y)).unwrap_or(&'.')).collect(); println!("{}", row); }
}
