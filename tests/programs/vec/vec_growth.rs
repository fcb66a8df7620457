//! Vec growth: pushes that reallocate keep contents; shrink_to_fit; large vectors.
fn main() {
    let mut v = Vec::new();
    let mut reallocs = 0;
    let mut last_cap = v.capacity();
    for i in 0..1000u32 {
        v.push(i);
        if v.capacity() != last_cap {
            reallocs += 1;
            last_cap = v.capacity();
        }
    }
    println!("{} {}", v.len(), reallocs > 3);
    let sum: u64 = v.iter().map(|x| *x as u64).sum();
    println!("{sum}");
    println!("{} {}", v[0], v[999]);
    v.truncate(10);
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity() >= 10);
    let mut strings: Vec<String> = Vec::new();
    for i in 0..100 {
        strings.push(format!("s{i}"));
    }
    println!("{} {}", strings[57], strings.iter().map(|s| s.len()).sum::<usize>());
}
