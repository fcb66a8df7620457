//! Cell: get, set, replace, take, swap; Cell inside a struct shared by reference.
use std::cell::Cell;

struct Counter {
    hits: Cell<u32>,
    name: &'static str,
}

impl Counter {
    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }
}

fn main() {
    let c = Cell::new(5);
    c.set(6);
    println!("{}", c.get());
    println!("{} {}", c.replace(10), c.get());
    let t = Cell::new(String::from("x"));
    println!("{:?} {:?}", t.take(), t.take());
    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("{} {}", a.get(), b.get());
    let counter = Counter { hits: Cell::new(0), name: "page" };
    let r1 = &counter;
    let r2 = &counter;
    r1.hit();
    r2.hit();
    r1.hit();
    println!("{} {}", counter.name, counter.hits.get());
    println!("{:?}", Cell::new(3));
    let cells = [Cell::new(1), Cell::new(2)];
    for cl in &cells {
        cl.set(cl.get() * 10);
    }
    println!("{:?}", cells.iter().map(|c| c.get()).collect::<Vec<_>>());
    println!("{}", c.into_inner());
}
