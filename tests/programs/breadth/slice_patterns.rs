fn classify(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one {}", x),
        [a, b] => format!("two {} {}", a, b),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, rest @ ..] => format!("first {} then {} more (sum {})", first, rest.len(), rest.iter().sum::<i32>()),
    }
}

fn head_tail(s: &str) -> Option<(char, &str)> {
    let mut cs = s.chars();
    let h = cs.next()?;
    Some((h, cs.as_str()))
}

#[derive(Debug)]
enum Cmd { Push(i64), Pop, Add, Mul, Dup }

fn parse(tok: &str) -> Option<Cmd> {
    Some(match tok {
        "pop" => Cmd::Pop,
        "+" => Cmd::Add,
        "*" => Cmd::Mul,
        "dup" => Cmd::Dup,
        n => Cmd::Push(n.parse().ok()?),
    })
}

fn main() {
    for xs in [&[][..], &[5], &[1, 2], &[7, 3, 7], &[1, 2, 3, 4]] {
        println!("{:?} -> {}", xs, classify(xs));
    }
    println!("{:?} {:?}", head_tail("héllo"), head_tail(""));
    let mut stack: Vec<i64> = Vec::new();
    for tok in "3 4 + dup * 2 pop 5 *".split(' ') {
        match parse(tok) {
            Some(Cmd::Push(n)) => stack.push(n),
            Some(Cmd::Pop) => { stack.pop(); }
            Some(Cmd::Dup) => { let t = *stack.last().unwrap(); stack.push(t); }
            Some(op @ (Cmd::Add | Cmd::Mul)) => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(if matches!(op, Cmd::Add) { a + b } else { a * b });
            }
            None => println!("bad {}", tok),
        }
        println!("{:>4} {:?}", tok, stack);
    }
    let arr = [1, 2, 3, 4, 5, 6];
    if let [a, b, rest @ ..] = arr { println!("{} {} {:?}", a, b, rest); }
    let [.., y, z] = arr;
    println!("{} {}", y, z);
    let v = vec![10, 20, 30];
    match v.as_slice() {
        [x, y @ .., z] => println!("{} {:?} {}", x, y, z),
        _ => {}
    }
    let n = 42;
    let desc = match n { 0 => "zero", 1..=9 => "digit", 10 | 20 | 30 => "round", x if x % 2 == 0 => "even", _ => "odd" };
    println!("{}", desc);
    println!("{}", matches!('q', 'a'..='z'));
    let msg = match (n % 3, n % 5) { (0, 0) => "FizzBuzz".to_string(), (0, _) => "Fizz".into(), (_, 0) => "Buzz".into(), _ => n.to_string() };
    println!("{}", msg);
}
