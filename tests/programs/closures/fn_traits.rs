//! Passing closures to functions taking Fn, FnMut and FnOnce.
fn call_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn repeat_mut<F: FnMut()>(mut f: F, n: usize) {
    for _ in 0..n {
        f();
    }
}

fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn apply_dyn(f: &dyn Fn(u32) -> u32, x: u32) -> u32 {
    f(x)
}

fn main() {
    println!("{}", call_twice(|x| x * 3, 2));
    let offset = 7;
    println!("{}", call_twice(|x| x - offset, 0));
    let mut total = 0;
    repeat_mut(|| total += 5, 4);
    println!("{total}");
    let s = String::from("owned");
    println!("{}", run_once(move || s + "!"));
    println!("{}", apply_dyn(&|x| x.pow(2), 12));
    fn plain(x: i32) -> i32 {
        x + 100
    }
    println!("{}", call_twice(plain, 1));
}
