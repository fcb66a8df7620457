//! Box::new, deref, DerefMut, moving out of a box, Box of large arrays, Box<str> and Box<[T]>.
fn main() {
    let mut b = Box::new(5);
    *b += 1;
    println!("{} {}", b, *b * 2);
    let inner: i32 = *b;
    println!("{inner}");
    let s = Box::new(String::from("boxed string"));
    let moved: String = *s;
    println!("{moved}");
    let big = Box::new([7u64; 1000]);
    println!("{}", big.iter().sum::<u64>());
    let bs: Box<str> = "slice".into();
    println!("{bs} {}", bs.len());
    let bslice: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", bslice, bslice.len());
    let nested = Box::new(Box::new(Box::new('n')));
    println!("{}", ***nested);
    println!("{:?}", Box::new(Some(3)));
}
