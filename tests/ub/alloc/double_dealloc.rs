//! Calling alloc::dealloc twice on the same block.
use std::alloc::{Layout, alloc, dealloc};

fn main() {
    let layout = Layout::new::<u64>();
    unsafe {
        let p = alloc(layout);
        dealloc(p, layout);
        dealloc(p, layout); //~ ERROR has been freed
    }
}
