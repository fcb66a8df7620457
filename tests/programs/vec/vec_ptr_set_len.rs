//! as_ptr, as_mut_ptr, set_len and spare capacity writes through raw pointers.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(8);
    let p = v.as_mut_ptr();
    unsafe {
        for i in 0..5 {
            p.add(i).write((i * i) as u32);
        }
        v.set_len(5);
    }
    println!("{:?}", v);
    let first = unsafe { *v.as_ptr() };
    let third = unsafe { *v.as_ptr().add(2) };
    println!("{first} {third}");
    unsafe {
        v.set_len(2);
    }
    println!("{:?}", v);
    let mut bytes = vec![0u8; 4];
    let bp = bytes.as_mut_ptr();
    unsafe {
        *bp = b'r';
        *bp.add(1) = b'u';
        *bp.add(2) = b's';
        *bp.add(3) = b't';
    }
    println!("{}", String::from_utf8(bytes).unwrap());
}
