//! A queue implemented with raw pointers (a tail pointer into Box-owned nodes).
use std::ptr;

struct Node {
    val: u32,
    next: *mut Node,
}

struct Queue {
    head: *mut Node,
    tail: *mut Node,
}

impl Queue {
    fn new() -> Self {
        Queue { head: ptr::null_mut(), tail: ptr::null_mut() }
    }
    fn push(&mut self, val: u32) {
        let n = Box::into_raw(Box::new(Node { val, next: ptr::null_mut() }));
        if self.tail.is_null() {
            self.head = n;
        } else {
            unsafe { (*self.tail).next = n };
        }
        self.tail = n;
    }
    fn pop(&mut self) -> Option<u32> {
        if self.head.is_null() {
            return None;
        }
        let b = unsafe { Box::from_raw(self.head) };
        self.head = b.next;
        if self.head.is_null() {
            self.tail = ptr::null_mut();
        }
        Some(b.val)
    }
}

impl Drop for Queue {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

fn main() {
    let mut q = Queue::new();
    for i in 1..=4 {
        q.push(i * 7);
    }
    println!("{:?} {:?}", q.pop(), q.pop());
    q.push(100);
    let mut rest = Vec::new();
    while let Some(v) = q.pop() {
        rest.push(v);
    }
    println!("{:?}", rest);
    q.push(1);
    q.push(2);
    println!("dropping non-empty queue");
}
