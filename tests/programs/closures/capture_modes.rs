//! Closures capturing by shared reference, by mutable reference and by move.
fn main() {
    let base = 10;
    let add = |x: i32| x + base;
    println!("{}", add(5));
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count
    };
    inc();
    inc();
    println!("{}", inc());
    println!("count = {count}");
    let name = String::from("world");
    let greet = move || format!("hello {name}");
    println!("{}", greet());
    println!("{}", greet());
    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| log.push(s.to_uppercase());
    record("a");
    record("b");
    println!("{:?}", log);
    let data = vec![1, 2, 3];
    let consume = move || data.into_iter().sum::<i32>();
    println!("{}", consume());
}
