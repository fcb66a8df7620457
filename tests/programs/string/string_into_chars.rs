//! A Caesar cipher and a palindrome checker over Strings.
fn caesar(s: &str, k: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                (((c as u8 - b'a' + k) % 26) + b'a') as char
            } else if c.is_ascii_uppercase() {
                (((c as u8 - b'A' + k) % 26) + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn main() {
    let enc = caesar("Hello, World!", 3);
    println!("{enc}");
    println!("{}", caesar(&enc, 23));
    for p in ["A man, a plan, a canal: Panama", "borrow", "No lemon, no melon"] {
        println!("{p:?} -> {}", is_palindrome(p));
    }
}
