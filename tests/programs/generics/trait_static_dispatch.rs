//! impl Trait in argument and return position.
fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn print_all(items: impl IntoIterator<Item = impl std::fmt::Display>) {
    let mut first = true;
    for i in items {
        if !first {
            print!(", ");
        }
        print!("{i}");
        first = false;
    }
    println!();
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    print_all(evens(10));
    print_all(["a", "b"]);
    print_all(vec![1.to_string(), "two".to_string()]);
    let add5 = make_adder(5);
    println!("{}", add5(10));
}
