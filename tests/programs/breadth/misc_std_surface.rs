use std::borrow::Cow;
use std::fmt::Write as FmtWrite;
use std::io::Write;
use std::str::FromStr;
use std::collections::HashMap;

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);
impl FromStr for Rgb {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.strip_prefix('#').ok_or_else(|| format!("missing #: {}", s))?;
        if s.len() != 6 { return Err(format!("bad length {}", s.len())); }
        let p = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| e.to_string());
        Ok(Rgb(p(0)?, p(2)?, p(4)?))
    }
}

fn normalize(s: &str) -> Cow<str> {
    if s.contains(' ') { Cow::Owned(s.replace(' ', "_")) } else { Cow::Borrowed(s) }
}

fn total_len(items: &[impl AsRef<str>]) -> usize { items.iter().map(|s| s.as_ref().len()).sum() }

fn main() {
    for s in ["#ff8000", "#FFF", "00ff00", "#gg0000"] { println!("{:?}", s.parse::<Rgb>()); }
    for s in ["no_space", "has space here"] {
        let c = normalize(s);
        println!("{} {}", c, matches!(c, Cow::Borrowed(_)));
    }
    let mut c = normalize("abc");
    c.to_mut().push('!');
    println!("{}", c.into_owned());
    let mut out = String::new();
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(out, " [{:>3}]", 7).unwrap();
    print!("{}", out);
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "locked {}", 42).unwrap();
    drop(lock);
    std::io::stdout().write_all(b"raw bytes\n").unwrap();
    println!("{}", total_len(&["ab", "cde"]));
    println!("{}", total_len(&[String::from("xyz")]));
    println!("{} {}", std::cmp::max(3, 7), std::cmp::min("a", "b"));
    let mut hm: HashMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    for (_, v) in hm.iter_mut() { *v *= 10; }
    let mut items: Vec<_> = hm.iter().collect(); items.sort();
    println!("{:?}", items);
    let mut v = vec![10, 11, 20, 21, 22, 30];
    v.dedup_by_key(|x| *x / 10);
    println!("{:?}", v);
    let s: String = String::from_iter(['a', 'b', 'c']);
    println!("{} {}", s, s.as_str().to_owned() + "d");
    for ch in [1, 2, 3, 4, 5].chunks_exact(2) { print!("{:?}", ch); }
    println!();
    let mut it = "12+345-6".char_indices().peekable();
    let mut toks = vec![];
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() { if d.is_ascii_digit() { end = j + 1; it.next(); } else { break; } }
            toks.push(format!("N({})", &"12+345-6"[i..end]));
        } else { toks.push(format!("O({})", c)); }
    }
    println!("{}", toks.join(" "));
    let sum: Option<i32> = [Some(1), Some(2), None].iter().copied().sum();
    let sum2: Option<i32> = [Some(1), Some(2)].into_iter().sum();
    println!("{:?} {:?}", sum, sum2);
    assert!(1 + 1 == 2, "math works");
    assert_eq!(vec![1, 2], [1, 2]);
    assert_ne!("a", "b");
    debug_assert!(true);
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args {:?}", args);
    let mut maybe = Some(3);
    if let Some(x) = maybe.as_mut() { *x += 1; }
    println!("{:?} {:?}", maybe, maybe.as_ref().map(|x| x * 2));
    let text = String::from("The End");
    let borrowed: &str = &text;
    let words: Vec<&str> = borrowed.split(' ').collect();
    println!("{:?} {}", words, text.to_ascii_uppercase());
    let nested: Result<Option<i32>, String> = Ok(Some(5));
    println!("{:?}", nested.clone().map(|o| o.map(|x| x + 1)));
    let flipped: Option<Result<i32, String>> = nested.transpose();
    println!("{:?}", flipped);
    println!("{:?}", Some(Some(4)).flatten());
    println!("{:?}", Some(2).zip(Some('z')));
    println!("{:?}", Some(5).xor(None::<i32>));
    println!("{}", Some(3).is_some_and(|x| x > 2));
    println!("{:?}", "a=1;b=2".split(';').map(|kv| kv.split_once('=').unwrap()).collect::<HashMap<_, _>>().get("b"));
}
