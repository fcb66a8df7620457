//! format! with positional, named and inline arguments; to_string; concat.
fn main() {
    let name = "Ada";
    let age = 36;
    let s = format!("{} is {} years old", name, age);
    println!("{s}");
    let t = format!("{name} is {age}; {0}-{0}-{1}", "x", "y");
    println!("{t}");
    let u = format!("{n:>6}|{a:<4}|", n = name, a = age);
    println!("{u}");
    let list = format!("{:?}", vec!["a", "b"]);
    println!("{list} {}", list.len());
    println!("{}", 42.to_string() + &true.to_string() + &'c'.to_string());
    println!("{}", format!("{{escaped}} {}", 1));
    println!("{}", concat!("con", "cat", 1, 2));
    println!("{}", stringify!(a + b));
    let mut acc = String::new();
    for i in 0..3 {
        acc += &format!("[{i}]");
    }
    println!("{acc}");
}
