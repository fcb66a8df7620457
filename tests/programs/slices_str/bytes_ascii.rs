//! Byte strings and ASCII processing: a simple run-length encoder and checksum.
fn rle(input: &[u8]) -> Vec<(u8, usize)> {
    let mut out: Vec<(u8, usize)> = Vec::new();
    for &b in input {
        match out.last_mut() {
            Some((last, n)) if *last == b => *n += 1,
            _ => out.push((b, 1)),
        }
    }
    out
}

fn main() {
    let data = b"aaabccddddde";
    let enc = rle(data);
    let text: String = enc.iter().map(|(b, n)| format!("{}{}", n, *b as char)).collect();
    println!("{text}");
    let sum: u32 = data.iter().map(|b| *b as u32).sum();
    println!("{sum}");
    println!("{}", b"hi"[1]);
    println!("{:?}", b"A\n");
    println!("{}", data.is_ascii());
    let upper: Vec<u8> = data.iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{}", String::from_utf8(upper).unwrap());
    println!("{}", b'a'.is_ascii_lowercase());
}
