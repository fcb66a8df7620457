//! Freeing stack memory with the heap deallocator.
use std::alloc::{Layout, dealloc};

fn main() {
    let mut x = 5u32;
    unsafe {
        dealloc(&mut x as *mut u32 as *mut u8, Layout::new::<u32>()); //~ ERROR stack variable memory
    }
}
