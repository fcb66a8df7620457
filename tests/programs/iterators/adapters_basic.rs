//! map, filter, enumerate, zip, rev, take, skip, chain.
fn main() {
    let v = vec![5, 3, 8, 1, 9, 2];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let big: Vec<&i32> = v.iter().filter(|x| **x > 4).collect();
    println!("{:?}", big);
    for (i, x) in v.iter().enumerate().skip(4) {
        println!("{i}: {x}");
    }
    let names = ["a", "b", "c"];
    let zipped: Vec<(&str, i32)> = names.iter().copied().zip(v.iter().copied()).collect();
    println!("{:?}", zipped);
    let rev: Vec<i32> = v.iter().rev().take(3).cloned().collect();
    println!("{:?}", rev);
    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", chained);
    let skipped: Vec<_> = v.iter().skip(2).step_by(2).collect();
    println!("{:?}", skipped);
}
