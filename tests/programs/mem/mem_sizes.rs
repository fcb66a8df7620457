//! size_of, align_of, size_of_val for primitives, references, slices, structs and dyn.
use std::mem::{align_of, size_of, size_of_val};

#[allow(dead_code)]
#[repr(C)]
struct C {
    a: u8,
    b: u64,
    c: u16,
}

fn main() {
    println!("{} {} {} {}", size_of::<u8>(), size_of::<u16>(), size_of::<u32>(), size_of::<u128>());
    println!("{} {}", size_of::<char>(), size_of::<bool>());
    println!("{} {}", size_of::<&u8>(), size_of::<&[u8]>());
    println!("{} {}", size_of::<Box<dyn Fn()>>(), size_of::<fn()>());
    println!("{} {}", size_of::<C>(), align_of::<C>());
    println!("{} {}", size_of::<(u8, u64)>(), align_of::<u64>());
    println!("{}", size_of::<[u32; 7]>());
    println!("{}", size_of::<Vec<u8>>());
    println!("{}", size_of::<String>());
    println!("{}", size_of::<Option<String>>());
    let s: &[u16] = &[1, 2, 3];
    println!("{}", size_of_val(s));
    println!("{}", size_of_val("four"));
    let d: &dyn std::fmt::Debug = &0u64;
    println!("{}", size_of_val(d));
    println!("{}", std::mem::align_of_val(d));
}
