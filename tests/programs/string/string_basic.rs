//! String: new, from, push, push_str, insert, pop, remove, len, capacity, as_str, clear.
fn main() {
    let mut s = String::new();
    println!("{:?} {}", s, s.len());
    s.push('a');
    s.push_str("bcd");
    s += "ef";
    println!("{s} {}", s.len());
    s.insert(0, '>');
    s.insert_str(1, "> ");
    println!("{s}");
    println!("{:?} {s}", s.pop());
    println!("{} {s}", s.remove(0));
    let t = String::from("literal");
    let u = "to_string".to_string();
    let v = "to_owned".to_owned();
    println!("{t} {u} {v}");
    println!("{}", t.as_str() == "literal");
    let w = String::with_capacity(16);
    println!("{} {}", w.capacity() >= 16, w.is_empty());
    s.clear();
    println!("[{s}]");
    let mut x = String::from("hello world");
    x.truncate(5);
    println!("{x}");
    x.replace_range(1..3, "EE");
    println!("{x}");
    x.retain(|c| c != 'E');
    println!("{x}");
    let combined = t + "-" + &u;
    println!("{combined}");
}
