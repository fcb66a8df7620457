//! String::from_raw_parts, as_mut_ptr, as_mut_vec and byte-level edits.
use std::mem::ManuallyDrop;

fn main() {
    let s = String::from("hello");
    let mut s = ManuallyDrop::new(s);
    let ptr = s.as_mut_ptr();
    let len = s.len();
    let cap = s.capacity();
    unsafe {
        *ptr = b'j';
    }
    let rebuilt = unsafe { String::from_raw_parts(ptr, len, cap) };
    println!("{rebuilt}");
    let mut t = String::from("abc");
    unsafe {
        let bytes = t.as_mut_vec();
        bytes.push(b'd');
        bytes[0] = b'A';
    }
    println!("{t}");
    let from_bytes = String::from_utf8(vec![0xe2, 0x82, 0xac]).unwrap();
    println!("{from_bytes}");
    println!("{}", String::from_utf8(vec![0xff]).is_err());
    println!("{}", String::from_utf8_lossy(b"ok"));
    println!("{:?}", t.into_bytes());
}
