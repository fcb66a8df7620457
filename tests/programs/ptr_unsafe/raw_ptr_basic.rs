//! Raw pointers: creation from references, read/write through them, null checks, casts.
fn main() {
    let mut x = 10i32;
    let p = &mut x as *mut i32;
    unsafe {
        *p += 5;
    }
    let q = &x as *const i32;
    unsafe {
        println!("{}", *q);
    }
    let n: *const u8 = std::ptr::null();
    let m: *mut u8 = std::ptr::null_mut();
    println!("{} {}", n.is_null(), m.is_null());
    println!("{}", p.is_null());
    let arr = [1u32, 2, 3, 4];
    let ap = arr.as_ptr();
    unsafe {
        println!("{} {}", *ap.add(1), *ap.offset(3));
        let back = ap.add(3).sub(2);
        println!("{}", *back);
        println!("{}", ap.add(3).offset_from(ap));
    }
    let bytes = &arr as *const [u32; 4] as *const u8;
    unsafe {
        println!("{}", *bytes.add(4));
    }
    let r: &i32 = unsafe { &*q };
    println!("{r}");
    println!("{}", unsafe { q.as_ref() }.copied().unwrap_or(-1));
    println!("{:?}", unsafe { n.as_ref() });
}
