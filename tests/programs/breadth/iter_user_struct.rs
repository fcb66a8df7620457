struct Fib { a: u64, b: u64 }

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = r.checked_add(self.b)?;
        Some(r)
    }
}

struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 + 1) }
    }
}

fn main() {
    let f: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("{:?}", f);
    let evens: Vec<_> = Fib { a: 0, b: 1 }.filter(|x| x % 2 == 0).take_while(|&x| x < 1000).collect();
    println!("{:?}", evens);
    println!("count until overflow: {}", Fib { a: 0, b: 1 }.count());
    println!("last: {:?}", Fib { a: 0, b: 1 }.last());
    let s: u32 = Countdown(10).sum();
    println!("sum={}", s);
    for (i, x) in Countdown(4).enumerate() {
        print!("[{} {}]", i, x);
    }
    println!();
    let z: Vec<(u32, char)> = Countdown(3).zip("abc".chars()).collect();
    println!("{:?}", z);
    let m = Countdown(6).map(|x| x * x).fold(String::new(), |acc, x| if acc.is_empty() { x.to_string() } else { acc + "," + &x.to_string() });
    println!("{}", m);
    let (small, big): (Vec<u32>, Vec<u32>) = Countdown(9).partition(|&x| x < 5);
    println!("{:?} {:?}", small, big);
    println!("{:?}", Countdown(5).skip(1).step_by(2).collect::<Vec<_>>());
    println!("{:?}", Countdown(5).position(|x| x == 2));
    println!("{:?}", Countdown(5).max_by_key(|x| (*x as i32 - 3).abs()));
    let mut it = Countdown(3).peekable();
    while let Some(x) = it.next() {
        if let Some(nx) = it.peek() { println!("{} then {}", x, nx); } else { println!("{} last", x); }
    }
    let chained: Vec<u32> = Countdown(2).chain(Countdown(3)).collect();
    println!("{:?} any>2 {} all>0 {}", chained, chained.iter().any(|&x| x > 2), chained.iter().all(|&x| x > 0));
}
