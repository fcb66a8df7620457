//! Deref and DerefMut on a wrapper type; auto-deref in method calls.
use std::ops::{Deref, DerefMut};

struct Stack {
    items: Vec<i32>,
    pushes: u32,
}

impl Deref for Stack {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> {
        &self.items
    }
}

impl DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<i32> {
        self.pushes += 1;
        &mut self.items
    }
}

fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut s = Stack { items: Vec::new(), pushes: 0 };
    s.push(1);
    s.push(2);
    s.push(3);
    println!("{} {:?} {}", s.len(), s.last(), total(&s));
    println!("derefs: {}", s.pushes);
    let b = Box::new(String::from("boxed"));
    println!("{}", b.len());
    let r = &&&5;
    println!("{}", ***r + 1);
}
