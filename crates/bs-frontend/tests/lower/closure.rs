fn apply<F: std::ops::Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let k = 10;
    let mut count = 0;
    let add = |x: i32| x + k;
    let _ = apply(add, 1);
    let mut inc = || count += 1;
    inc();
    let s = String::from("hi");
    let consume = move || s.len();
    let _ = consume();
}
