//! A recursive enum (cons list) with Box and recursive functions over it.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn from_slice(v: &[i32]) -> List {
    match v.split_first() {
        Some((head, tail)) => Cons(*head, Box::new(from_slice(tail))),
        None => Nil,
    }
}

fn sum(l: &List) -> i32 {
    match l {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn reverse(l: List) -> List {
    let mut acc = Nil;
    let mut cur = l;
    while let Cons(v, rest) = cur {
        acc = Cons(v, Box::new(acc));
        cur = *rest;
    }
    acc
}

fn main() {
    let l = from_slice(&[1, 2, 3, 4]);
    println!("{:?}", l);
    println!("{}", sum(&l));
    let r = reverse(l);
    println!("{:?}", r);
}
