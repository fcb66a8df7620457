//! String algorithms: KMP search, edit distance, longest common prefix, anagram check.
fn kmp(hay: &str, needle: &str) -> Vec<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut fail = vec![0usize; n.len()];
    let mut k = 0;
    for i in 1..n.len() {
        while k > 0 && n[i] != n[k] {
            k = fail[k - 1];
        }
        if n[i] == n[k] {
            k += 1;
        }
        fail[i] = k;
    }
    let mut res = Vec::new();
    k = 0;
    for (i, &c) in h.iter().enumerate() {
        while k > 0 && c != n[k] {
            k = fail[k - 1];
        }
        if c == n[k] {
            k += 1;
        }
        if k == n.len() {
            res.push(i + 1 - k);
            k = fail[k - 1];
        }
    }
    res
}

fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let sub = prev[j - 1] + if a[i - 1] == b[j - 1] { 0 } else { 1 };
            cur[j] = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn lcp<'a>(words: &[&'a str]) -> &'a str {
    let first = words[0];
    let mut len = first.len();
    for w in &words[1..] {
        len = len.min(first.bytes().zip(w.bytes()).take_while(|(x, y)| x == y).count());
    }
    &first[..len]
}

fn anagrams(a: &str, b: &str) -> bool {
    let mut x: Vec<char> = a.chars().filter(|c| !c.is_whitespace()).collect();
    let mut y: Vec<char> = b.chars().filter(|c| !c.is_whitespace()).collect();
    x.sort();
    y.sort();
    x == y
}

fn main() {
    println!("{:?}", kmp("abababcabababcab", "ababc"));
    println!("{:?}", kmp("aaaa", "aa"));
    println!("{}", edit_distance("kitten", "sitting"));
    println!("{}", edit_distance("", "abc"));
    println!("{:?}", lcp(&["interstellar", "internet", "interval"]));
    println!("{}", anagrams("dormitory", "dirty room"));
    println!("{}", anagrams("abc", "abd"));
}
