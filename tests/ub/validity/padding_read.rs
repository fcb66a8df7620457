//! Padding bytes are uninitialised: transmuting a padded struct to an integer reads them.
#[repr(C)]
#[derive(Clone, Copy)]
struct Padded {
    a: u8,
    b: u32,
}

fn main() {
    let p = Padded { a: 1, b: 2 };
    let n: u64 = unsafe { std::mem::transmute(p) }; //~ ERROR uninitialized
    println!("{n}");
}
