use std::rc::Rc;
fn main() {
    let a: Rc<str> = Rc::from("shared text");
    let b = Rc::clone(&a);
    println!("{} {} {}", a, b.len(), Rc::strong_count(&a));
    let nums: Rc<[i32]> = Rc::from(vec![1, 2, 3]);
    println!("{:?} {}", nums, nums.iter().sum::<i32>());
    let collected: Rc<[u8]> = (1..=4u8).collect();
    println!("{:?}", collected);
    let boxed: Box<[i32]> = (0..3).collect();
    println!("{:?}", boxed);
}
