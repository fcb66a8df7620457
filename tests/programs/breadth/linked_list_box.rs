#[derive(Debug)]
struct Node { val: i32, next: Option<Box<Node>> }

struct List { head: Option<Box<Node>>, len: usize }

impl List {
    fn new() -> Self { List { head: None, len: 0 } }
    fn push(&mut self, v: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { val: v, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        self.head.take().map(|n| { self.head = n.next; self.len -= 1; n.val })
    }
    fn peek(&self) -> Option<&i32> { self.head.as_ref().map(|n| &n.val) }
    fn peek_mut(&mut self) -> Option<&mut i32> { self.head.as_mut().map(|n| &mut n.val) }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut n) = cur {
            cur = n.next.take();
            n.next = prev;
            prev = Some(n);
        }
        self.head = prev;
    }
    fn iter(&self) -> ListIter<'_> { ListIter { cur: self.head.as_deref() } }
    fn push_back(&mut self, v: i32) {
        let mut slot = &mut self.head;
        while let Some(node) = slot { slot = &mut node.next; }
        *slot = Some(Box::new(Node { val: v, next: None }));
        self.len += 1;
    }
}

struct ListIter<'a> { cur: Option<&'a Node> }
impl<'a> Iterator for ListIter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        self.cur.map(|n| { self.cur = n.next.as_deref(); &n.val })
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        let mut n = 0;
        while let Some(mut b) = cur { cur = b.next.take(); n += 1; }
        println!("dropped list with {} nodes", n);
    }
}

fn main() {
    let mut l = List::new();
    for i in 1..=5 { l.push(i * i); }
    println!("{:?} len {}", l.iter().collect::<Vec<_>>(), l.len);
    println!("peek {:?}", l.peek());
    if let Some(v) = l.peek_mut() { *v = -1; }
    println!("pop {:?}", l.pop());
    l.reverse();
    println!("{:?}", l.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" -> "));
    l.push_back(100);
    println!("sum {} max {:?}", l.iter().sum::<i32>(), l.iter().max());
    let single = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    println!("{:?}", single);
    println!("{:#?}", single);
    while let Some(x) = l.pop() { print!("{} ", x); }
    println!();
    let mut l2 = List::new();
    l2.push(1); l2.push(2);
}
