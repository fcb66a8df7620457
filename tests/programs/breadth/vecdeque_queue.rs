use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    for i in 1..=5 { q.push_back(i * 10); }
    q.push_front(0);
    q.push_front(-10);
    println!("{:?} len={}", q, q.len());
    println!("front={:?} back={:?}", q.front(), q.back());
    while let Some(x) = q.pop_front() {
        if x == 20 { q.push_back(99); }
        print!("{} ", x);
    }
    println!();
    let mut d: VecDeque<char> = "hello".chars().collect();
    d.rotate_left(2);
    println!("{:?}", d);
    d.rotate_right(1);
    let s: String = d.iter().collect();
    println!("{}", s);
    println!("contains l: {}, idx 1: {}", d.contains(&'l'), d[1]);
    // josephus
    let mut circle: VecDeque<u32> = (1..=7).collect();
    let mut order = Vec::new();
    while !circle.is_empty() {
        for _ in 0..2 {
            let x = circle.pop_front().unwrap();
            circle.push_back(x);
        }
        order.push(circle.pop_front().unwrap());
    }
    println!("josephus {:?}", order);
    let mut bfs = VecDeque::from(vec![1u32]);
    let mut seen = vec![];
    while let Some(n) = bfs.pop_front() {
        if n > 20 || seen.contains(&n) { continue; }
        seen.push(n);
        bfs.push_back(n * 2);
        bfs.push_back(n * 3);
    }
    seen.sort_unstable();
    println!("{:?}", seen);
    let v: Vec<i32> = VecDeque::from(vec![3, 1, 2]).into_iter().rev().collect();
    println!("{:?}", v);
}
