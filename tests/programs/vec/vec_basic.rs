//! Vec: new, with_capacity, push, pop, len, capacity bounds, get, indexing, insert, remove, clear.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{} {}", v.len(), v.is_empty());
    for i in 0..10 {
        v.push(i * 3);
    }
    println!("{:?}", v);
    println!("{:?} {:?}", v.pop(), v.len());
    println!("{} {:?} {:?}", v[2], v.get(4), v.get(40));
    v.insert(0, -1);
    v.insert(3, 100);
    println!("{:?}", v);
    println!("{}", v.remove(1));
    println!("{:?}", v);
    println!("{}", v.swap_remove(0));
    println!("{:?}", v);
    v.truncate(4);
    println!("{:?}", v);
    v.clear();
    println!("{:?} {}", v, v.len());
    let w: Vec<u8> = Vec::with_capacity(10);
    println!("{} {}", w.len(), w.capacity() >= 10);
    let mut z = vec![0; 3];
    z[1] = 5;
    println!("{:?}", z);
    let strs = vec!["a".to_string(); 2];
    println!("{:?}", strs);
}
