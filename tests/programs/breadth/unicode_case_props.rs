fn main() {
    let samples = "Straße ǅungla ΐ ﬁx ŉ İstanbul Ωμέγα Привет Ǆ ǈ ᾳ Ⓐ ⅷ ꙁ Ꭰ ａＢ ǰ";
    println!("{}", samples.to_uppercase());
    println!("{}", samples.to_lowercase());
    for c in "ǅΐﬁİⅧ①٣Ⅻ²ª·ʰ\u{301}\u{200b}\u{feff}é中😀".chars() {
        println!("{:?} a={} n={} l={} u={} w={} up={:?} lo={:?} esc={}", c, c.is_alphabetic(), c.is_numeric(), c.is_lowercase(), c.is_uppercase(), c.is_whitespace(), c.to_uppercase().collect::<String>(), c.to_lowercase().to_string(), c.escape_debug());
    }
    let mut counts = [0u32; 6];
    for u in (0x80u32..0x3000).step_by(7) {
        if let Some(c) = char::from_u32(u) {
            counts[0] += c.is_alphabetic() as u32;
            counts[1] += c.is_numeric() as u32;
            counts[2] += c.is_lowercase() as u32;
            counts[3] += c.is_uppercase() as u32;
            counts[4] += (c.to_uppercase().next() != Some(c)) as u32;
            counts[5] += (format!("{:?}", c).len() > 6) as u32;
        }
    }
    println!("{:?}", counts);
}
