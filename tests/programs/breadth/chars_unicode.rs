fn caesar(s: &str, k: u8) -> String {
    s.chars().map(|c| {
        if c.is_ascii_lowercase() { (((c as u8 - b'a' + k) % 26) + b'a') as char }
        else if c.is_ascii_uppercase() { (((c as u8 - b'A' + k) % 26) + b'A') as char }
        else { c }
    }).collect()
}
fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cs.iter().eq(cs.iter().rev())
}
fn main() {
    println!("{}", caesar("Hello, World!", 3));
    println!("{}", caesar(&caesar("Round Trip", 13), 13));
    for s in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon"] { println!("{:?} {}", s, is_palindrome(s)); }
    for cp in [0x41, 0x3B1, 0x1F980, 0xD800, 0x110000, 0x20AC] {
        match char::from_u32(cp) { Some(c) => println!("U+{:04X} {} len {} {:?}", cp, c, c.len_utf8(), c), None => println!("U+{:04X} invalid", cp) }
    }
    let s = "añb€c😀";
    for (i, c) in s.char_indices() { print!("{}:{} ", i, c); }
    println!();
    println!("{:?}", s.chars().rev().collect::<String>());
    println!("{}", s.is_char_boundary(2));
    println!("{:?}", s.get(1..2));
    println!("{:?}", s.get(1..3));
    let mut up = String::new();
    for c in "straße ǅ".chars() { up.extend(c.to_uppercase()); }
    println!("{}", up);
    println!("{}", "ÀÉÎ".to_lowercase());
    println!("{:?}", ('a'..='e').collect::<String>());
    println!("{:?}", ('a'..'e').rev().collect::<Vec<char>>());
    println!("{}", 'a' < 'b');
    println!("{:?}", "tab\t nl\n".escape_debug().to_string());
    println!("{}", '\u{e9}'.escape_unicode());
    println!("{:?}", b'a'.is_ascii_alphabetic());
    println!("{:?}", "Hello".as_bytes().iter().map(|b| format!("{:02x}", b)).collect::<Vec<_>>().join(""));
    let counts = "hello world".chars().fold([0u32; 26], |mut acc, c| { if c.is_ascii_lowercase() { acc[(c as u8 - b'a') as usize] += 1; } acc });
    println!("{:?}", counts.iter().enumerate().filter(|(_, n)| **n > 1).map(|(i, n)| ((b'a' + i as u8) as char, *n)).collect::<Vec<_>>());
    println!("{}", char::from(65u8));
    println!("{}", ('z' as u8 - 1) as char);
    println!("{:?}", u8::try_from('é'));
    println!("{:?}", "1,2;3".split(|c| c == ',' || c == ';').collect::<Vec<_>>());
    println!("{:?}", "AbCd".chars().map(|c| if c.is_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect::<String>());
    println!("{}", "word".chars().all(char::is_alphabetic));
}
