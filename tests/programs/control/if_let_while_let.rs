//! if let, let else, while let and if-let chains on Option.
fn first_even(v: &[i32]) -> Option<i32> {
    for x in v {
        if x % 2 == 0 {
            return Some(*x);
        }
    }
    None
}

fn describe(v: &[i32]) -> String {
    let Some(e) = first_even(v) else {
        return String::from("no even number");
    };
    format!("first even: {e}")
}

fn main() {
    if let Some(x) = first_even(&[1, 3, 4, 6]) {
        println!("found {x}");
    }
    if let Some(x) = first_even(&[1, 3]) {
        println!("found {x}");
    } else {
        println!("none");
    }
    println!("{}", describe(&[5, 7, 8]));
    println!("{}", describe(&[5]));
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("pop {top}");
    }
    let opt = Some(5);
    if let Some(v) = opt
        && v > 3
    {
        println!("chain {v}");
    }
}
