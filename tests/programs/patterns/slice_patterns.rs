//! Slice patterns: head/tail, middle rest, binding subslices.
fn describe(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one: {x}"),
        [first, second] => format!("two: {first} {second}"),
        [first, .., last] if first == last => format!("same ends {first}"),
        [first, middle @ .., last] => format!("{first} [{} in middle] {last}", middle.len()),
    }
}

fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn main() {
    println!("{}", describe(&[]));
    println!("{}", describe(&[1]));
    println!("{}", describe(&[1, 2]));
    println!("{}", describe(&[4, 0, 4]));
    println!("{}", describe(&[1, 2, 3, 4, 5]));
    println!("{}", sum(&[1, 2, 3, 4, 5, 6]));
    let arr = [10, 20, 30, 40];
    let [a, rest @ ..] = arr;
    println!("{a} {:?}", rest);
    if let [.., penultimate, _] = arr {
        println!("{penultimate}");
    }
}
