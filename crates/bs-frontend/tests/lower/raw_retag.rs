fn first(r: &mut i32, b: Box<i32>) -> i32 {
    *r += *b;
    *r
}

fn main() {
    let mut x = 5;
    let p = &mut x as *mut i32;
    let q = &raw const x;
    let a = p as usize;
    let p2 = a as *mut i32;
    unsafe {
        *p2 = 6;
        let _ = *q;
    }
    let r = &mut x;
    let _ = first(r, Box::new(1));
}
