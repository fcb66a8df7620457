//! match on integers, ranges, tuples, guards and bindings.
fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    for n in [-5, 0, 2, 10, 11] {
        println!("{n}: {}", classify(n));
    }
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("opposites"),
        (x, _) if x % 2 == 1 => println!("odd first"),
        _ => println!("other"),
    }
    let msg = match 'k' {
        'a'..='j' => "early",
        'k'..='z' => "late",
        _ => "other",
    };
    println!("{msg}");
    let n @ 1..=9 = 5 else { panic!() };
    println!("bound {n}");
}
