//! A minimal growable vector written on raw allocation (like std's RawVec), with Drop.
use std::alloc::{Layout, alloc, dealloc, realloc};
use std::ptr;

struct MyVec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
}

impl<T> MyVec<T> {
    fn new() -> Self {
        MyVec { ptr: ptr::null_mut(), cap: 0, len: 0 }
    }
    fn grow(&mut self) {
        let new_cap = if self.cap == 0 { 4 } else { self.cap * 2 };
        let new_layout = Layout::array::<T>(new_cap).unwrap();
        let p = unsafe {
            if self.cap == 0 {
                alloc(new_layout)
            } else {
                realloc(self.ptr as *mut u8, Layout::array::<T>(self.cap).unwrap(), new_layout.size())
            }
        };
        self.ptr = p as *mut T;
        self.cap = new_cap;
    }
    fn push(&mut self, v: T) {
        if self.len == self.cap {
            self.grow();
        }
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(unsafe { self.ptr.add(self.len).read() })
    }
    fn get(&self, i: usize) -> Option<&T> {
        if i < self.len { Some(unsafe { &*self.ptr.add(i) }) } else { None }
    }
}

impl<T> Drop for MyVec<T> {
    fn drop(&mut self) {
        while self.pop().is_some() {}
        if self.cap > 0 {
            unsafe { dealloc(self.ptr as *mut u8, Layout::array::<T>(self.cap).unwrap()) };
        }
    }
}

fn main() {
    let mut v = MyVec::new();
    for i in 0..20 {
        v.push(format!("s{i}"));
    }
    println!("{} {} {:?} {:?}", v.len, v.cap, v.get(13), v.get(20));
    println!("{:?}", v.pop());
    let mut w: MyVec<u8> = MyVec::new();
    w.push(1);
    println!("{:?}", w.get(0));
}
