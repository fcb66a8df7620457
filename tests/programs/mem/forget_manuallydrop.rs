//! mem::forget and ManuallyDrop suppress destructors; ManuallyDrop::into_inner/drop.
use std::mem::{self, ManuallyDrop};

struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = D("a");
    let b = D("b");
    let c = ManuallyDrop::new(D("c"));
    let mut e = ManuallyDrop::new(D("e"));
    let f = ManuallyDrop::new(D("f"));
    println!("{}", c.0);
    let inner = ManuallyDrop::into_inner(f);
    println!("got {}", inner.0);
    drop(inner);
    unsafe {
        ManuallyDrop::drop(&mut e);
    }
    let _ = b;
    println!("forgetting c wrapper happens implicitly; now drop a explicitly");
    drop(a);
    // Forgetting a value whose buffer lives on the stack only: no leak.
    mem::forget(D("forgotten"));
    println!("end");
}
