//! Reading an uninitialised integer from MaybeUninit.
use std::mem::MaybeUninit;

fn main() {
    let x = MaybeUninit::<u32>::uninit();
    let v = unsafe { x.assume_init() }; //~ ERROR uninitialized
    println!("{v}");
}
