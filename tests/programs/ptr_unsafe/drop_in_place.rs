//! ptr::drop_in_place on a slot, then reuse of the storage with ptr::write.
use std::mem::ManuallyDrop;
use std::ptr;

struct Named(String);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut slot = ManuallyDrop::new(Named("first".to_string()));
    unsafe {
        ptr::drop_in_place(&mut *slot as *mut Named);
        ptr::write(&mut *slot as *mut Named, Named("second".to_string()));
    }
    println!("holding {}", slot.0);
    unsafe {
        ManuallyDrop::drop(&mut slot);
    }
    let mut arr = [Named("a".into()), Named("b".into())];
    unsafe {
        ptr::drop_in_place(&mut arr[..] as *mut [Named]);
        ptr::write(&mut arr[0], Named("c".into()));
        ptr::write(&mut arr[1], Named("d".into()));
    }
    println!("end");
}
