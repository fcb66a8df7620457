//! A generic stack type used with several element types.
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut a: Stack<i32> = Stack::new();
    for i in 0..5 {
        a.push(i * i);
    }
    println!("{:?} {:?} {}", a.pop(), a.peek(), a.len());
    let mut b = Stack::new();
    b.push(String::from("x"));
    b.push(String::from("y"));
    println!("{:?}", b);
    let mut c: Stack<(u8, char)> = Stack::new();
    c.push((1, 'a'));
    println!("{:?} {:?}", c.pop(), c.pop());
}
