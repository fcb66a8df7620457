//! flat_map, flatten, windows, chunks, take_while, skip_while, scan, peekable.
fn main() {
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let pairs: Vec<(i32, i32)> = (1..4).flat_map(|a| (a..4).map(move |b| (a, b))).collect();
    println!("{:?}", pairs);
    let v = [1, 3, 6, 10, 15, 21];
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{:?}", diffs);
    for c in v.chunks(4) {
        println!("{:?}", c);
    }
    let small: Vec<_> = v.iter().take_while(|x| **x < 10).collect();
    let rest: Vec<_> = v.iter().skip_while(|x| **x < 10).collect();
    println!("{:?} {:?}", small, rest);
    let running: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", running);
    let mut it = [1, 1, 2, 2, 2, 3].iter().peekable();
    let mut groups = Vec::new();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&x) {
            it.next();
            n += 1;
        }
        groups.push((*x, n));
    }
    println!("{:?}", groups);
}
