fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut Vec<String>) {
    if n == 0 { return; }
    hanoi(n - 1, from, via, to, moves);
    moves.push(format!("{}->{}", from, to));
    hanoi(n - 1, via, to, from, moves);
}
fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) { (0, n) => n + 1, (m, 0) => ackermann(m - 1, 1), (m, n) => ackermann(m - 1, ackermann(m, n - 1)) }
}
fn permutations(items: &mut Vec<char>, k: usize, out: &mut Vec<String>) {
    if k == items.len() { out.push(items.iter().collect()); return; }
    for i in k..items.len() { items.swap(k, i); permutations(items, k + 1, out); items.swap(k, i); }
}
fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
fn is_prime(n: u32) -> bool { n >= 2 && (2..).take_while(|i| i * i <= n).all(|i| n % i != 0) }
fn quicksort<T: PartialOrd + Clone>(v: Vec<T>) -> Vec<T> {
    if v.len() <= 1 { return v; }
    let p = v[0].clone();
    let less: Vec<T> = v[1..].iter().filter(|x| **x < p).cloned().collect();
    let more: Vec<T> = v[1..].iter().filter(|x| **x >= p).cloned().collect();
    let mut r = quicksort(less); r.push(p); r.extend(quicksort(more)); r
}
fn merge_sort(v: &mut [i32]) {
    let n = v.len();
    if n <= 1 { return; }
    let mid = n / 2;
    merge_sort(&mut v[..mid]); merge_sort(&mut v[mid..]);
    let mut merged = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n { if v[i] <= v[j] { merged.push(v[i]); i += 1; } else { merged.push(v[j]); j += 1; } }
    merged.extend_from_slice(&v[i..mid]); merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
}
fn collatz_len(mut n: u64) -> u32 { let mut c = 1; while n != 1 { n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 }; c += 1; } c }
fn binary(n: u32) -> String { if n < 2 { n.to_string() } else { binary(n / 2) + &(n % 2).to_string() } }

fn main() {
    let mut m = vec![]; hanoi(3, 'A', 'C', 'B', &mut m);
    println!("{} moves: {}", m.len(), m.join(" "));
    println!("{}", ackermann(2, 3));
    let mut out = vec![]; permutations(&mut vec!['a', 'b', 'c'], 0, &mut out);
    println!("{:?}", out);
    println!("{} {}", gcd(1071, 462), gcd(17, 5));
    println!("{:?}", (1..50).filter(|&n| is_prime(n)).collect::<Vec<_>>());
    println!("{:?}", quicksort(vec![3.5, -1.0, 2.25, 9.0, 0.0]));
    println!("{:?}", quicksort(vec!["pear", "apple", "fig"]));
    let mut v = [38, 27, 43, 3, 9, 82, 10]; merge_sort(&mut v); println!("{:?}", v);
    let best = (1..30u64).max_by_key(|&n| collatz_len(n)).unwrap();
    println!("{} {}", best, collatz_len(best));
    println!("{} {}", binary(37), binary(0));
    let tri: Vec<Vec<u64>> = (0..6).fold(vec![], |mut acc: Vec<Vec<u64>>, i| {
        let row = if i == 0 { vec![1] } else { let p = &acc[i - 1]; let mut r = vec![1]; for w in p.windows(2) { r.push(w[0] + w[1]); } r.push(1); r };
        acc.push(row); acc
    });
    for r in &tri { println!("{:^30}", r.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" ")); }
}
