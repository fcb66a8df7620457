//! Const generics: fixed-size buffers and array functions.
#[derive(Debug)]
struct Ring<const N: usize> {
    buf: [u32; N],
    pos: usize,
}

impl<const N: usize> Ring<N> {
    fn new() -> Self {
        Ring { buf: [0; N], pos: 0 }
    }
    fn push(&mut self, v: u32) {
        self.buf[self.pos % N] = v;
        self.pos += 1;
    }
    fn capacity(&self) -> usize {
        N
    }
}

fn sum_array<const N: usize>(a: [i32; N]) -> i32 {
    let mut s = 0;
    for x in a {
        s += x;
    }
    s
}

fn first_n<const N: usize>(v: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(&v[..N]);
    out
}

fn main() {
    let mut r: Ring<3> = Ring::new();
    for i in 1..=5 {
        r.push(i * 10);
    }
    println!("{:?} cap {}", r, r.capacity());
    println!("{}", sum_array([1, 2, 3, 4]));
    println!("{}", sum_array([7; 10]));
    println!("{:?}", first_n::<2>(b"hello"));
}
