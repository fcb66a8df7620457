//! Borrowing a RefCell mutably twice panics ("already borrowed").
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(5);
    let first = c.borrow_mut();
    println!("first borrow: {}", *first);
    let second = c.borrow_mut();
    println!("{}", *second);
}
