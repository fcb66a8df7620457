//! str methods: len, contains, starts_with, find, replace, split, trim, case, chars, bytes.
fn main() {
    let s = "  Hello, Wörld!  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {}", s.len(), t.chars().count());
    println!("{} {}", t.contains("llo"), t.contains('z'));
    println!("{} {}", t.starts_with("Hell"), t.ends_with('!'));
    println!("{:?} {:?}", t.find(','), t.find("xyz"));
    println!("{:?}", t.rfind('l'));
    println!("{}", t.replace("l", "L"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{:?}", t.split(", ").collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "one two  three".split_whitespace().collect::<Vec<_>>());
    println!("{:?}", "k=v=w".split_once('='));
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{:?}", t.bytes().take(5).collect::<Vec<u8>>());
    println!("{:?}", t.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    println!("{}", "ab".repeat(3));
    println!("{:?}", "x".strip_prefix("x"));
    println!("{:?}", "file.rs".strip_suffix(".rs"));
    println!("{}", "Straße".is_char_boundary(5));
    println!("{:?}", "abc".as_bytes());
    println!("{}", "abc" < "abd");
    println!("{}", "".is_empty());
    println!("{:?}", "a-b_c".split(|c: char| c == '-' || c == '_').collect::<Vec<_>>());
    println!("{:?}", "tic-tac-toe".splitn(2, '-').collect::<Vec<_>>());
    println!("{:?}", "tic-tac-toe".rsplit('-').collect::<Vec<_>>());
    println!("{}", "  x ".trim_matches(' '));
    println!("{}", "xxabcxx".trim_start_matches('x'));
    println!("{:?}", "abc".char_indices().map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", "hello".eq_ignore_ascii_case("HELLO"));
    println!("{}", "Rust".matches('t').count());
}
