//! chars() over non-ASCII text, char counting, reversing by chars.
fn main() {
    let s = "añb€c😀";
    println!("{} bytes, {} chars", s.len(), s.chars().count());
    for c in s.chars() {
        print!("{}:{} ", c, c.len_utf8());
    }
    println!();
    let rev: String = s.chars().rev().collect();
    println!("{rev}");
    println!("{:?}", s.chars().nth(3));
    println!("{:?}", s.char_indices().map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", s.chars().filter(|c| c.is_ascii()).collect::<String>());
    let mut buf = [0u8; 4];
    let enc = '€'.encode_utf8(&mut buf);
    println!("{} {:?}", enc, enc.as_bytes());
    println!("{:?}", "é".escape_unicode().to_string());
    println!("{:?}", "tab\there");
}
