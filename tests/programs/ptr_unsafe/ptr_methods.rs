//! Pointer methods: cast, cast_mut, cast_const, wrapping_add/sub, byte_add, is_aligned, NonNull.
use std::ptr::NonNull;

fn main() {
    let data = [0x11223344u32, 0x55667788];
    let p: *const u32 = data.as_ptr();
    let bp: *const u8 = p.cast::<u8>();
    unsafe {
        println!("{:#x}", *bp);
        println!("{:#x}", *p.byte_add(4));
    }
    let w = p.wrapping_add(5).wrapping_sub(4);
    println!("{:#x}", unsafe { *w });
    println!("{}", p.is_aligned());
    let mut v = 3i32;
    let cp: *const i32 = (&raw mut v).cast_const();
    let mp: *mut i32 = cp.cast_mut();
    unsafe {
        *mp = 4;
    }
    let back: *const i32 = mp.cast_const();
    println!("{}", unsafe { *back });
    let nn = NonNull::new(&mut v as *mut i32).unwrap();
    unsafe {
        *nn.as_ptr() += 1;
        println!("{}", *nn.as_ref());
    }
    println!("{}", NonNull::new(std::ptr::null_mut::<u8>()).is_none());
    let dang: NonNull<u64> = NonNull::dangling();
    println!("{}", dang.as_ptr().is_aligned());
    println!("{}", std::ptr::eq(&data[0], &data[0]));
    println!("{}", p == data.as_ptr());
}
