//! Range types: inclusive, exclusive, reversed, contains, len, step_by.
fn main() {
    println!("{:?}", (0..5).collect::<Vec<_>>());
    println!("{:?}", (0..=5).rev().collect::<Vec<_>>());
    println!("{}", (0..10).len());
    println!("{}", (1..=100).sum::<u32>());
    println!("{}", (5..10).contains(&7));
    println!("{}", (5..10).contains(&10));
    println!("{}", (5..=10).contains(&10));
    println!("{:?}", (0..20).step_by(7).collect::<Vec<_>>());
    println!("{:?}", ('a'..='e').collect::<String>());
    println!("{}", (10..0).count());
    let r = 2..6;
    println!("{:?} {} {}", r, r.start, r.end);
    println!("{:?}", ..3);
    println!("{:?}", 4..);
    println!("{:?}", (1..4).map(|i| i * i).rev().collect::<Vec<i32>>());
    let v = [10, 20, 30, 40, 50];
    println!("{:?} {:?} {:?} {:?}", &v[1..3], &v[..2], &v[3..], &v[..=1]);
}
