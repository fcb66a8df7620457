//! A logger shared by several components through & references, with RefCell<Vec<String>>.
use std::cell::{Cell, RefCell};

struct Logger {
    lines: RefCell<Vec<String>>,
    seq: Cell<u32>,
}

impl Logger {
    fn log(&self, msg: &str) {
        let n = self.seq.get();
        self.seq.set(n + 1);
        self.lines.borrow_mut().push(format!("{n:03} {msg}"));
    }
}

struct Worker<'a> {
    id: u8,
    log: &'a Logger,
}

impl Worker<'_> {
    fn work(&self, units: u32) -> u32 {
        self.log.log(&format!("worker {} does {} units", self.id, units));
        units * 2
    }
}

fn main() {
    let logger = Logger { lines: RefCell::new(Vec::new()), seq: Cell::new(1) };
    let ws = [Worker { id: 1, log: &logger }, Worker { id: 2, log: &logger }];
    let mut total = 0;
    for round in 1..=2 {
        for w in &ws {
            total += w.work(round * w.id as u32);
        }
    }
    for l in logger.lines.borrow().iter() {
        println!("{l}");
    }
    println!("total {total}");
}
