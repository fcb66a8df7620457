//! Deallocating with an alignment different from the allocation's.
use std::alloc::{Layout, alloc, dealloc};

fn main() {
    unsafe {
        let p = alloc(Layout::from_size_align(16, 4).unwrap());
        dealloc(p, Layout::from_size_align(16, 8).unwrap()); //~ ERROR incorrect layout on deallocation
    }
}
