fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn shl(a: u8, b: u32) -> u8 {
    a << b
}

fn neg(a: i64) -> i64 {
    -a
}

fn main() {
    let mut x = add(1, 2);
    x *= 3;
    let _ = div(x, 2) + neg(4) as i32;
    let _ = shl(1, 3);
}
