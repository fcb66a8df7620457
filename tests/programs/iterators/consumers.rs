//! sum, product, count, fold, any, all, min, max, last, nth, position, find.
fn main() {
    let v = [4, -2, 7, 0, 7, 3];
    println!("{}", v.iter().sum::<i32>());
    println!("{}", v.iter().filter(|x| **x != 0).product::<i32>());
    println!("{}", v.iter().count());
    println!("{}", v.iter().fold(String::new(), |acc, x| format!("{acc}{x};")));
    println!("{} {}", v.iter().any(|x| *x < 0), v.iter().all(|x| *x < 10));
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    println!("{:?}", v.iter().max_by_key(|x| (**x - 3).abs()));
    println!("{:?}", v.iter().min_by(|a, b| b.cmp(a)));
    println!("{:?} {:?}", v.iter().last(), v.iter().nth(2));
    println!("{:?}", v.iter().position(|x| *x == 7));
    println!("{:?}", v.iter().rposition(|x| *x == 7));
    println!("{:?}", v.iter().find(|x| **x > 4));
    println!("{:?}", v.iter().find_map(|x| if *x < 0 { Some(x * 100) } else { None }));
    let empty: [i32; 0] = [];
    println!("{:?} {}", empty.iter().max(), empty.iter().sum::<i32>());
    println!("{}", (1..=10).fold(0, |a, b| a + b));
    println!("{}", (1..=5).map(|x| x as u64).product::<u64>());
}
