//! addr_of!, addr_of_mut!, &raw const / &raw mut, including on packed struct fields.
use std::ptr::{addr_of, addr_of_mut};

#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u32,
}

struct Pair {
    x: u16,
    y: u16,
}

fn main() {
    let mut p = Pair { x: 1, y: 2 };
    let px = addr_of_mut!(p.x);
    let py = &raw mut p.y;
    unsafe {
        *px += 10;
        *py += 20;
    }
    println!("{} {}", p.x, p.y);
    let cx = addr_of!(p.x);
    let cy = &raw const p.y;
    unsafe {
        println!("{} {}", cx.read(), *cy);
    }
    let mut pk = Packed { a: 7, b: 0x01020304 };
    let pb = &raw mut pk.b;
    unsafe {
        let v = pb.read_unaligned();
        pb.write_unaligned(v + 1);
    }
    let b = pk.b;
    let a = pk.a;
    println!("{a} {:#x}", b);
    println!("{}", std::mem::size_of::<Packed>());
}
