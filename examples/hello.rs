//! The example from README.md: a tiny program borrowscope runs like `rustc` + the native binary would.

fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

fn main() {
    let names = vec!["world", "borrowscope"];
    for name in &names {
        println!("{}", greet(name));
    }
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("{} names, {total} bytes", names.len());
}
