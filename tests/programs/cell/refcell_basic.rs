//! RefCell: borrow, borrow_mut, try_borrow_mut while borrowed, into_inner, replace.
use std::cell::RefCell;

fn main() {
    let r = RefCell::new(vec![1, 2, 3]);
    r.borrow_mut().push(4);
    println!("{:?} {}", r.borrow(), r.borrow().len());
    {
        let b1 = r.borrow();
        let b2 = r.borrow();
        println!("{} {}", b1[0], b2[1]);
        println!("{}", r.try_borrow_mut().is_err());
    }
    println!("{}", r.try_borrow_mut().is_ok());
    {
        let _m = r.borrow_mut();
        println!("{}", r.try_borrow().is_err());
    }
    let old = r.replace(vec![9]);
    println!("{:?} {:?}", old, r);
    let s = RefCell::new(String::from("ab"));
    s.borrow_mut().push('c');
    println!("{}", s.into_inner());
}
