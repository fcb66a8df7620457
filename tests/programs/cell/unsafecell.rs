//! UnsafeCell: a hand-made Cell built on UnsafeCell::get, and raw_get/get_mut.
use std::cell::UnsafeCell;

struct MyCell<T> {
    v: UnsafeCell<T>,
}

impl<T: Copy> MyCell<T> {
    fn new(v: T) -> Self {
        MyCell { v: UnsafeCell::new(v) }
    }
    fn get(&self) -> T {
        unsafe { *self.v.get() }
    }
    fn set(&self, v: T) {
        unsafe { *self.v.get() = v };
    }
}

fn main() {
    let c = MyCell::new(1u32);
    let a = &c;
    let b = &c;
    a.set(a.get() + 10);
    b.set(b.get() * 2);
    println!("{}", c.get());
    let mut u = UnsafeCell::new(String::from("x"));
    u.get_mut().push('y');
    println!("{}", u.into_inner());
}
