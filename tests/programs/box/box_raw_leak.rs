//! Box::into_raw / from_raw round-trips and Box::leak to a 'static reference.
#[derive(Debug)]
struct Node {
    val: i32,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.val);
    }
}

fn main() {
    let b = Box::new(Node { val: 1 });
    let raw: *mut Node = Box::into_raw(b);
    unsafe {
        (*raw).val += 10;
        println!("{:?}", *raw);
    }
    let back = unsafe { Box::from_raw(raw) };
    println!("{}", back.val);
    drop(back);
    let leaked: &'static mut Vec<u8> = Box::leak(Box::new(vec![1, 2, 3]));
    leaked.push(4);
    println!("{:?}", leaked);
    let undo = unsafe { Box::from_raw(leaked as *mut Vec<u8>) };
    println!("{}", undo.len());
    println!("end");
}
