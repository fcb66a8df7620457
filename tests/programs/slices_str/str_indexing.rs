//! String slicing by byte ranges, get with ranges, and char boundaries.
fn main() {
    let s = "héllo wörld";
    println!("{}", &s[0..1]);
    println!("{}", &s[1..3]);
    println!("{}", &s[7..]);
    println!("{:?}", s.get(0..2));
    println!("{:?}", s.get(1..2));
    println!("{:?}", s.get(100..));
    let (a, b) = s.split_at(6);
    println!("[{a}] [{b}]");
    let mid = s.char_indices().nth(4).map(|(i, _)| i).unwrap();
    println!("{mid} {}", &s[mid..]);
    let bytes = s.as_bytes();
    println!("{} {}", bytes.len(), bytes[1]);
    println!("{:?}", std::str::from_utf8(&bytes[0..3]));
    println!("{}", std::str::from_utf8(&bytes[0..2]).is_err());
    let word = &s[s.find('w').unwrap()..];
    println!("{word}");
}
