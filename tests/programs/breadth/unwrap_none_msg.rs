use std::collections::HashMap;
fn main() {
    let m: HashMap<&str, i32> = HashMap::from([("a", 1)]);
    println!("{}", m.get("a").copied().unwrap());
    let r: Result<i32, String> = Err("disk full".to_string());
    println!("{}", r.clone().unwrap_or(0));
    let v = m.get("zzz").expect("key zzz must exist");
    println!("{}", v);
}
