fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn apply_mut<F: FnMut()>(mut f: F, n: usize) { for _ in 0..n { f(); } }
fn consume<F: FnOnce() -> String>(f: F) -> String { f() }
fn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }
fn make_counter() -> impl FnMut() -> u32 { let mut c = 0; move || { c += 1; c } }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn boxed_ops() -> Vec<(&'static str, Box<dyn Fn(f64, f64) -> f64>)> {
    vec![("add", Box::new(|a, b| a + b)), ("sub", Box::new(|a, b| a - b)), ("pow", Box::new(f64::powf))]
}

fn main() {
    let k = 10;
    println!("{}", apply(|x| x * k, 4));
    let mut total = 0;
    apply_mut(|| total += 3, 4);
    println!("total {}", total);
    let s = String::from("owned");
    let r = consume(move || s + "!");
    println!("{}", r);
    let add5 = make_adder(5);
    println!("{} {}", add5(1), apply(&add5, 10));
    let mut c = make_counter();
    c(); c();
    println!("counter {}", c());
    let f = compose(|x: i32| x + 1, |y: i32| format!("<{}>", y));
    println!("{}", f(41));
    for (name, op) in boxed_ops() { println!("{} {}", name, op(2.0, 3.0)); }
    let mut v = vec![5, 3, 8, 1];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let fns: Vec<fn(i32) -> i32> = vec![|x| x + 1, |x| x * x, i32::abs];
    println!("{:?}", fns.iter().map(|f| f(-3)).collect::<Vec<_>>());
    let mut memo = std::collections::HashMap::new();
    fn fib(n: u64, memo: &mut std::collections::HashMap<u64, u64>) -> u64 {
        if n < 2 { return n; }
        if let Some(&v) = memo.get(&n) { return v; }
        let r = fib(n - 1, memo) + fib(n - 2, memo);
        memo.insert(n, r);
        r
    }
    println!("fib 80 = {}", fib(80, &mut memo));
    let strs = vec!["a".to_string(), "bb".to_string()];
    let lens: Vec<usize> = strs.iter().map(String::len).collect();
    println!("{:?}", lens);
    let mut log = Vec::new();
    let mut record = |m: &str| log.push(m.to_uppercase());
    record("x"); record("y");
    println!("{:?}", log);
    let opt_fn: Option<Box<dyn Fn() -> &'static str>> = Some(Box::new(|| "called"));
    if let Some(f) = &opt_fn { println!("{}", f()); }
}
