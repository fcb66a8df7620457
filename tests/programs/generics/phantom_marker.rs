//! PhantomData-typed identifiers and zero-sized types.
use std::marker::PhantomData;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Id<T> {
    raw: u32,
    _t: PhantomData<T>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct User;
#[derive(Debug)]
struct Order;

impl<T> Id<T> {
    fn new(raw: u32) -> Self {
        Id { raw, _t: PhantomData }
    }
}

fn main() {
    let u: Id<User> = Id::new(7);
    let o: Id<Order> = Id::new(7);
    println!("{} {}", u.raw, o.raw);
    println!("{}", u == Id::new(7));
    println!("{}", std::mem::size_of::<Id<User>>());
    println!("{}", std::mem::size_of::<PhantomData<String>>());
    println!("{}", std::mem::size_of::<()>());
    println!("{:?}", u);
}
