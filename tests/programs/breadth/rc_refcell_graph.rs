use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    children: RefCell<Vec<Rc<Node>>>,
    parent: RefCell<Weak<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), children: RefCell::new(vec![]), parent: RefCell::new(Weak::new()) })
}

fn add(parent: &Rc<Node>, child: Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn depth_print(n: &Rc<Node>, depth: usize) {
    println!("{}{} (strong={}, weak={})", "  ".repeat(depth), n.name, Rc::strong_count(n), Rc::weak_count(n));
    for c in n.children.borrow().iter() {
        depth_print(c, depth + 1);
    }
}

fn main() {
    let root = node("root");
    let a = node("a");
    let b = node("b");
    add(&root, a.clone());
    add(&root, b.clone());
    add(&a, node("a1"));
    add(&a, node("a2"));
    depth_print(&root, 0);
    let p = a.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("parent of a: {:?}", p);
    drop(a);
    drop(b);
    println!("after dropping handles");
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let s2 = Rc::clone(&shared);
    s2.borrow_mut().push(4);
    {
        let r = shared.borrow();
        println!("{:?} try_borrow_mut ok? {}", *r, shared.try_borrow_mut().is_ok());
    }
    println!("sum {}", shared.borrow().iter().sum::<i32>());
    println!("ptr_eq {}", Rc::ptr_eq(&shared, &s2));
    println!("end of main");
}
