//! std::alloc::{alloc, alloc_zeroed, dealloc, realloc} with Layout.
use std::alloc::{Layout, alloc, alloc_zeroed, dealloc, realloc};

fn main() {
    unsafe {
        let layout = Layout::array::<u32>(4).unwrap();
        println!("{} {}", layout.size(), layout.align());
        let p = alloc(layout) as *mut u32;
        for i in 0..4 {
            p.add(i).write(i as u32 * 3);
        }
        let p = realloc(p as *mut u8, layout, 32) as *mut u32;
        for i in 4..8 {
            p.add(i).write(100 + i as u32);
        }
        let v: Vec<u32> = (0..8).map(|i| *p.add(i)).collect();
        println!("{:?}", v);
        dealloc(p as *mut u8, Layout::from_size_align(32, 4).unwrap());
        let z = Layout::new::<[u64; 3]>();
        let q = alloc_zeroed(z) as *mut [u64; 3];
        println!("{:?}", *q);
        dealloc(q as *mut u8, z);
    }
    let l = Layout::from_size_align(10, 8).unwrap();
    println!("{} {} {}", l.size(), l.align(), l.pad_to_align().size());
    println!("{}", Layout::from_size_align(8, 3).is_err());
    println!("{:?}", Layout::new::<u16>());
}
