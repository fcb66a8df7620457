//! Multiple impl blocks, associated consts and functions, self by value/ref/mut.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    const DEFAULT_STEP: u32 = 2;

    fn new() -> Counter {
        Counter { count: 0, step: Self::DEFAULT_STEP }
    }
}

impl Counter {
    fn tick(&mut self) -> &mut Self {
        self.count += self.step;
        self
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn finish(self) -> String {
        format!("counted to {}", self.count)
    }
}

fn main() {
    let mut c = Counter::new();
    c.tick().tick().tick();
    println!("{}", c.get());
    println!("{}", Counter::DEFAULT_STEP);
    println!("{}", c.finish());
}
