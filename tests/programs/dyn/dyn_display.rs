//! &dyn Display and &dyn Debug used for heterogeneous printing.
use std::fmt::{Debug, Display};

fn show(items: &[&dyn Display]) -> String {
    items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" | ")
}

fn main() {
    let n = 42;
    let s = "text";
    let c = 'c';
    let b = true;
    println!("{}", show(&[&n, &s, &c, &b]));
    let dbg: Vec<&dyn Debug> = vec![&1u8, &"q", &Some(3), &[1, 2]];
    for d in &dbg {
        println!("{:?}", d);
    }
    let boxed: Box<dyn Display> = Box::new(-7i64);
    println!("[{:>5}]", boxed);
}
