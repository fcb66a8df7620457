//! A word-frequency report built from iterator chains over a text (sorted Vec, no HashMap).
fn main() {
    let text = "the cat sat on the mat the dog sat on the log";
    let mut words: Vec<&str> = text.split_whitespace().collect();
    words.sort();
    let mut freq: Vec<(&str, usize)> = Vec::new();
    for w in words {
        match freq.last_mut() {
            Some((last, n)) if *last == w => *n += 1,
            _ => freq.push((w, 1)),
        }
    }
    freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, n) in freq.iter().take(4) {
        println!("{w:>4} {}", "*".repeat(*n));
    }
    let longest = text.split(' ').max_by_key(|w| w.len()).unwrap();
    println!("longest: {longest}");
    let caps: String = text.split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{caps}");
}
