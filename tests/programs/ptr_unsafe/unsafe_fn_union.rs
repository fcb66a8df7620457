//! unsafe fn, unsafe blocks, unions and transmute between same-size types.
#[repr(C)]
union IntOrBytes {
    i: u32,
    b: [u8; 4],
}

unsafe fn get_unchecked_sum(v: &[i32], idx: &[usize]) -> i32 {
    let mut s = 0;
    for &i in idx {
        s += unsafe { *v.get_unchecked(i) };
    }
    s
}

fn main() {
    let u = IntOrBytes { i: 0x0a0b0c0d };
    println!("{:?}", unsafe { u.b });
    let mut u2 = IntOrBytes { b: [1, 0, 0, 0] };
    println!("{}", unsafe { u2.i });
    u2.i = 256;
    println!("{:?}", unsafe { u2.b });
    let v = [1, 2, 3, 4];
    println!("{}", unsafe { get_unchecked_sum(&v, &[0, 3]) });
    let f: u32 = unsafe { std::mem::transmute([1u8, 1, 0, 0]) };
    println!("{f}");
    let arr: [u16; 2] = unsafe { std::mem::transmute(0x0001_0002u32) };
    println!("{:?}", arr);
    let c: char = unsafe { std::mem::transmute(0x41u32) };
    println!("{c}");
}
