//! Matching nested Option/Result and enum-in-struct patterns.
#[derive(Debug)]
enum Node {
    Leaf(i32),
    Pair(Box<Node>, Box<Node>),
}

fn eval(n: &Node) -> i32 {
    match n {
        Node::Leaf(v) => *v,
        Node::Pair(l, r) => match (l.as_ref(), r.as_ref()) {
            (Node::Leaf(0), other) | (other, Node::Leaf(0)) => eval(other),
            (a, b) => eval(a) * 10 + eval(b),
        },
    }
}

fn main() {
    let tree = Node::Pair(
        Box::new(Node::Pair(Box::new(Node::Leaf(1)), Box::new(Node::Leaf(2)))),
        Box::new(Node::Pair(Box::new(Node::Leaf(0)), Box::new(Node::Leaf(7)))),
    );
    println!("{}", eval(&tree));
    let results: [Result<Option<i32>, &str>; 4] = [Ok(Some(1)), Ok(None), Err("bad"), Ok(Some(-1))];
    for r in results {
        let s = match r {
            Ok(Some(n)) if n > 0 => "positive",
            Ok(Some(_)) => "non-positive",
            Ok(None) => "nothing",
            Err(_) => "error",
        };
        println!("{:?}: {s}", r);
    }
}
