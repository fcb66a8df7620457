use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    {
        let b1 = c.borrow();
        let b2 = c.borrow();
        println!("{} {}", b1.len(), b2.len());
    }
    c.borrow_mut().push(2);
    println!("{:?}", c);
    let r = c.borrow();
    println!("{:?}", c);
    let mut w = c.borrow_mut();
    w.push(3);
    println!("{:?}", r);
}
