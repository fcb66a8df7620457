//! A bump allocator over one heap block, handing out aligned pieces.
use std::alloc::{Layout, alloc, dealloc};

struct Bump {
    base: *mut u8,
    cap: usize,
    used: usize,
}

impl Bump {
    fn new(cap: usize) -> Bump {
        let base = unsafe { alloc(Layout::from_size_align(cap, 16).unwrap()) };
        Bump { base, cap, used: 0 }
    }
    fn alloc<T>(&mut self, v: T) -> Option<&mut T> {
        let align = std::mem::align_of::<T>();
        let start = (self.used + align - 1) / align * align;
        let end = start + std::mem::size_of::<T>();
        if end > self.cap {
            return None;
        }
        self.used = end;
        unsafe {
            let p = self.base.add(start) as *mut T;
            p.write(v);
            Some(&mut *p)
        }
    }
}

impl Drop for Bump {
    fn drop(&mut self) {
        unsafe { dealloc(self.base, Layout::from_size_align(self.cap, 16).unwrap()) };
    }
}

fn main() {
    let mut b = Bump::new(64);
    let a = b.alloc(1u8).map(|r| *r);
    let c = b.alloc(0x1122u16).map(|r| *r);
    let d = b.alloc([7u64; 2]).map(|r| r[1]);
    println!("{:?} {:?} {:?} used={}", a, c, d, b.used);
    let e = b.alloc([0u64; 8]);
    println!("{}", e.is_none());
}
