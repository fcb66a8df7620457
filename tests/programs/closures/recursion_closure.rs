//! Closures calling functions that take closures; memoisation with a captured Vec.
fn apply_n(f: &dyn Fn(u64) -> u64, n: usize, x: u64) -> u64 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

fn main() {
    let collatz = |n: u64| if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    println!("{}", apply_n(&collatz, 10, 27));
    let mut memo = vec![0u64; 60];
    memo[1] = 1;
    let mut fib = |n: usize| {
        for i in 2..=n {
            if memo[i] == 0 {
                memo[i] = memo[i - 1] + memo[i - 2];
            }
        }
        memo[n]
    };
    println!("{}", fib(50));
    println!("{}", fib(10));
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
}
