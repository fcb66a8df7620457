#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light { Red, Yellow, Green }
impl Light {
    fn next(self) -> Light { match self { Light::Red => Light::Green, Light::Green => Light::Yellow, Light::Yellow => Light::Red } }
    fn secs(&self) -> u32 { match *self { Light::Red => 30, Light::Yellow => 5, Light::Green => 25 } }
}

#[derive(Debug)]
enum Event { Coin(u32), Push, Reset }
#[derive(Debug, PartialEq)]
enum Turnstile { Locked { credit: u32 }, Unlocked, Broken(String) }

fn step(s: Turnstile, e: &Event) -> Turnstile {
    match (s, e) {
        (Turnstile::Locked { credit }, Event::Coin(c)) if credit + c >= 50 => Turnstile::Unlocked,
        (Turnstile::Locked { credit }, Event::Coin(c)) => Turnstile::Locked { credit: credit + c },
        (Turnstile::Unlocked, Event::Push) => Turnstile::Locked { credit: 0 },
        (Turnstile::Unlocked, Event::Coin(_)) => Turnstile::Unlocked,
        (_, Event::Reset) => Turnstile::Locked { credit: 0 },
        (s @ Turnstile::Broken(_), _) => s,
        (Turnstile::Locked { .. }, Event::Push) => Turnstile::Broken("forced".to_string()),
    }
}

#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Op { Nop = 0, Inc = 10, Dbl = 20, Halt = 255 }

fn main() {
    let mut l = Light::Red;
    let mut t = 0;
    for _ in 0..5 { print!("{:?}({}) ", l, l.secs()); t += l.secs(); l = l.next(); }
    println!("total {}", t);
    let events = [Event::Coin(20), Event::Push, Event::Coin(40), Event::Push, Event::Push, Event::Coin(5), Event::Reset, Event::Coin(50)];
    let mut s = Turnstile::Locked { credit: 0 };
    for e in &events { s = step(s, e); println!("{:<10} => {:?}", format!("{:?}", e), s); }
    println!("{}", s == Turnstile::Unlocked);
    let prog = [Op::Inc, Op::Dbl, Op::Nop, Op::Inc, Op::Dbl, Op::Halt, Op::Inc];
    let mut acc = 0;
    for op in prog { match op { Op::Nop => {}, Op::Inc => acc += 1, Op::Dbl => acc *= 2, Op::Halt => break } }
    println!("acc {} codes {:?}", acc, prog.iter().map(|o| *o as u8).collect::<Vec<_>>());
    println!("{}", Light::Green as i32);
}
