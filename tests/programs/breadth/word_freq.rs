use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks\nand the dog sleeps  while   the fox runs";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut v: Vec<(&String, &usize)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in &v {
        println!("{:<8}{:>3}", w, c);
    }
    let mut lens: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split_whitespace() {
        lens.entry(w.len()).or_default().push(w);
    }
    let mut keys: Vec<_> = lens.keys().copied().collect();
    keys.sort();
    for k in keys {
        let mut ws = lens[&k].clone();
        ws.sort();
        ws.dedup();
        println!("{} => {:?}", k, ws);
    }
    println!("distinct={} total={}", counts.len(), counts.values().sum::<usize>());
    println!("has fox: {}, has cat: {}", counts.contains_key("fox"), counts.contains_key("cat"));
    if let Some(n) = counts.get("dog") { println!("dog {}", n); }
    counts.retain(|_, c| *c > 1);
    let mut rest: Vec<_> = counts.into_iter().collect();
    rest.sort();
    println!("{:?}", rest);
}
