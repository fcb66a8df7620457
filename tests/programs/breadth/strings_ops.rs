fn main() {
    let s = String::from("Hello, World");
    println!("{}", s.to_uppercase());
    println!("{}", s.to_lowercase());
    println!("{}", s.chars().rev().collect::<String>());
    println!("{}", s.len());
    println!("{:?}", s.find("World"));
    println!("{:?}", s.find('z'));
    println!("{}", s.replace("l", "L"));
    println!("{}", &s[7..]);
    println!("{:?}", s.split(", ").collect::<Vec<_>>());
    println!("{}", s.starts_with("Hell"));
    let mut t = String::new();
    for (i, c) in s.chars().enumerate() {
        if i % 2 == 0 { t.push(c); } else { t.push_str("-"); }
    }
    println!("{}", t);
    t.insert(0, '>');
    t.insert_str(1, "> ");
    println!("{} cap>=len {}", t, t.capacity() >= t.len());
    println!("{:?}", t.pop());
    t.truncate(5);
    println!("[{}]", t);
    let words = vec!["alpha", "beta", "gamma"];
    println!("{}", words.join("+"));
    println!("{}", words.concat());
    let padded = format!("[{:^11}]", "mid");
    println!("{}", padded);
    println!("{:?}", "  trim me  ".trim());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "a,b,,c".splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "line1\nline2\r\nline3".lines().collect::<Vec<_>>());
    println!("{:?}", "key=value=x".split_once('='));
    println!("{:?}", "abc".char_indices().collect::<Vec<_>>());
    println!("{:?}", "héllo".bytes().collect::<Vec<u8>>());
    println!("{} {}", "héllo".len(), "héllo".chars().count());
    println!("{:?}", "Mary had a lamb".rsplit(' ').collect::<Vec<_>>());
    println!("{}", "ab".repeat(3));
    println!("{:?}", "tic-tac-toe".rfind('-'));
    println!("{}", "Straße".contains("aß"));
    let num = 3.14159;
    let st = num.to_string();
    println!("{} {}", st, st.len());
    let cmp = "apple" < "banana";
    println!("{} {:?}", cmp, "b".cmp("abc"));
    let mut owned: Vec<String> = "z y x".split(' ').map(String::from).collect();
    owned.sort();
    println!("{:?}", owned);
    let cap = "hello world".split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", cap);
    println!("{}", String::from_utf8(vec![104, 105]).unwrap());
    println!("{:?}", String::from_utf8(vec![0xff]).is_err());
    println!("{}", String::from_utf8_lossy(&[72, 0xff, 73]));
    let e = "tab\there \"q\" \\ \u{1F600}";
    println!("{:?}", e);
    println!("{}", e.escape_default());
    let c = 'Z';
    println!("{} {} {}", c as u32, (c as u8 + 1) as char, char::from_u32(0x41).unwrap());
    println!("{:?} {:?}", char::from_u32(0xD800), char::from_digit(7, 10));
    println!("{:?} {}", '9'.to_digit(10), 'f'.to_digit(16).unwrap());
    println!("{} {} {}", 'a'.is_alphabetic(), '3'.is_numeric(), ' '.is_whitespace());
    println!("{}", 'ß'.is_lowercase());
    let bytes = s.as_bytes();
    println!("{} {}", bytes[0], bytes.len());
    println!("{}", s.chars().filter(|c| "aeiou".contains(*c)).count());
    println!("{:?}", s.char_indices().filter(|(_, c)| c.is_uppercase()).map(|(i, _)| i).collect::<Vec<_>>());
}
