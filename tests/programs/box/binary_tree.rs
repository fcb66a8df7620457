//! A binary search tree with Box children: insert, contains, in-order traversal, height.
#[derive(Debug)]
struct Tree {
    root: Option<Box<Node>>,
}

#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Tree {
    fn insert(&mut self, key: i32) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if key == node.key {
                return false;
            }
            cur = if key < node.key { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { key, left: None, right: None }));
        true
    }

    fn contains(&self, key: i32) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }
}

fn inorder(n: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(node) = n {
        inorder(&node.left, out);
        out.push(node.key);
        inorder(&node.right, out);
    }
}

fn height(n: &Option<Box<Node>>) -> usize {
    match n {
        None => 0,
        Some(node) => 1 + height(&node.left).max(height(&node.right)),
    }
}

fn main() {
    let mut t = Tree { root: None };
    for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65] {
        t.insert(k);
    }
    println!("{}", t.insert(40));
    let mut out = Vec::new();
    inorder(&t.root, &mut out);
    println!("{:?}", out);
    println!("{} {}", t.contains(65), t.contains(66));
    println!("height {}", height(&t.root));
}
