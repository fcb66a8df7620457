//! size_of for enums and structs: niches, Option of references and Box.
use std::mem::size_of;

#[allow(dead_code)]
enum Small {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum WithData {
    X(u8),
    Y(u32),
}

#[allow(dead_code)]
struct Padded {
    a: u8,
    b: u32,
    c: u16,
}

fn main() {
    println!("{}", size_of::<Small>());
    println!("{}", size_of::<Option<Small>>());
    println!("{}", size_of::<WithData>());
    println!("{}", size_of::<Padded>());
    println!("{}", size_of::<Option<&u64>>());
    println!("{}", size_of::<Option<Box<u64>>>());
    println!("{}", size_of::<Option<u32>>());
    println!("{}", size_of::<Option<bool>>());
    println!("{}", size_of::<Option<char>>());
    println!("{}", size_of::<(u8, u16, u8)>());
    println!("{}", size_of::<&str>());
    println!("{}", size_of::<&[u32]>());
    println!("{}", size_of::<[u16; 5]>());
    println!("{}", std::mem::align_of::<Padded>());
}
