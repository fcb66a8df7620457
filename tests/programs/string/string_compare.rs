//! Comparing and searching Strings and &str; sorting strings; char to digit conversions.
fn main() {
    let a = String::from("apple");
    let b = "apple";
    println!("{} {} {}", a == b, b == a, a.as_str() == b);
    let mut fruits = vec![String::from("pear"), String::from("Apple"), String::from("banana")];
    fruits.sort();
    println!("{:?}", fruits);
    fruits.sort_by_key(|f| f.to_lowercase());
    println!("{:?}", fruits);
    println!("{:?}", a.cmp(&"apricot".to_string()));
    let digits: u32 = "a1b2c3".chars().filter_map(|c| c.to_digit(10)).sum();
    println!("{digits}");
    let s = String::from("mississippi");
    println!("{}", s.matches("ss").count());
    println!("{:?}", s.match_indices("ss").map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", s.replacen("ss", "SS", 1));
    println!("{:?}", s.find(char::is_uppercase));
}
