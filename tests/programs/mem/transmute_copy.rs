//! mem::transmute and mem::transmute_copy between layout-compatible types.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

fn main() {
    let c = Rgba { r: 1, g: 2, b: 3, a: 4 };
    let as_u32: u32 = unsafe { std::mem::transmute(c) };
    println!("{:#010x}", as_u32);
    let back: Rgba = unsafe { std::mem::transmute(as_u32) };
    println!("{:?}", back);
    let first_two: [u8; 2] = unsafe { std::mem::transmute_copy(&c) };
    println!("{:?}", first_two);
    let b: bool = unsafe { std::mem::transmute(1u8) };
    println!("{b}");
    let signed: i8 = unsafe { std::mem::transmute(0xffu8) };
    println!("{signed}");
    let pair: (u32, u32) = unsafe { std::mem::transmute(0x0000_0002_0000_0001u64) };
    println!("{}", pair.0 + pair.1);
    let fp: fn(i32) -> i32 = |x| x + 1;
    let raw: *const () = fp as *const ();
    let again: fn(i32) -> i32 = unsafe { std::mem::transmute(raw) };
    println!("{}", again(41));
}
