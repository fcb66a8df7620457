//! ptr::read, ptr::write, ptr::copy, ptr::copy_nonoverlapping, ptr::swap, ptr::replace.
use std::ptr;

fn main() {
    let mut a = [1, 2, 3, 4, 5, 6];
    let p = a.as_mut_ptr();
    unsafe {
        let v = ptr::read(p.add(2));
        ptr::write(p, v * 100);
        println!("{:?}", a);
        ptr::copy(p, p.add(1), 3);
        println!("{:?}", a);
        ptr::copy_nonoverlapping(p.add(4), p, 2);
        println!("{:?}", a);
        ptr::swap(p, p.add(5));
        println!("{:?}", a);
        let old = ptr::replace(p.add(1), -1);
        println!("{old} {:?}", a);
    }
    let mut s1 = String::from("one");
    let mut s2 = String::from("two");
    unsafe {
        ptr::swap(&mut s1, &mut s2);
    }
    println!("{s1} {s2}");
    let src = [9u8; 3];
    let mut dst = [0u8; 5];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(1), 3);
    }
    println!("{:?}", dst);
    let mut x = 0u64;
    unsafe {
        ptr::write_bytes(&mut x as *mut u64 as *mut u8, 0xab, 2);
    }
    println!("{:#x}", x);
}
