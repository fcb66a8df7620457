//! realloc of a block that was already freed.
use std::alloc::{Layout, alloc, dealloc, realloc};

fn main() {
    let layout = Layout::from_size_align(8, 8).unwrap();
    unsafe {
        let p = alloc(layout);
        dealloc(p, layout);
        let q = realloc(p, layout, 16); //~ ERROR has been freed
        println!("{}", q.is_null());
    }
}
