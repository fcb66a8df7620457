//@ leak: memory leaked
//! An allocation from alloc::alloc that is never freed.
use std::alloc::{Layout, alloc};

fn main() {
    let p = unsafe { alloc(Layout::new::<[u64; 4]>()) };
    println!("{}", p.is_null());
}
