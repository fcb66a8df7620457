use std::mem::size_of;
use std::num::NonZeroU32;
use std::rc::Rc;
fn main() {
    println!("Option<Box<i32>> {}", size_of::<Option<Box<i32>>>());
    println!("Option<NonZeroU32> {}", size_of::<Option<NonZeroU32>>());
    println!("Option<Vec<u8>> {}", size_of::<Option<Vec<u8>>>());
    println!("Option<String> {}", size_of::<Option<String>>());
    println!("Option<Rc<u8>> {}", size_of::<Option<Rc<u8>>>());
    println!("Option<&str> {}", size_of::<Option<&str>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    println!("Option<bool> {}", size_of::<Option<bool>>());
}
