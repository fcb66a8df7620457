//! MaybeUninit: write, assume_init, arrays initialised element by element, as_mut_ptr.
use std::mem::MaybeUninit;

fn main() {
    let mut x = MaybeUninit::<u64>::uninit();
    x.write(42);
    let v = unsafe { x.assume_init() };
    println!("{v}");
    let mut arr: [MaybeUninit<String>; 3] = [const { MaybeUninit::uninit() }; 3];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write(format!("item{i}"));
    }
    let arr: [String; 3] = unsafe { std::mem::transmute(arr) };
    println!("{:?}", arr);
    let mut y = MaybeUninit::<[u8; 4]>::uninit();
    let p = y.as_mut_ptr() as *mut u8;
    for i in 0..4 {
        unsafe { p.add(i).write(i as u8 * 2) };
    }
    println!("{:?}", unsafe { y.assume_init() });
    let z: MaybeUninit<u32> = MaybeUninit::new(7);
    println!("{}", unsafe { z.assume_init_read() });
    let zeroed: u32 = unsafe { MaybeUninit::zeroed().assume_init() };
    println!("{zeroed}");
}
