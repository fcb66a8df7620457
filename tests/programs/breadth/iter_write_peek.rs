use std::fmt::Write;
struct Upper(String);
impl Write for Upper { fn write_str(&mut self, s: &str) -> std::fmt::Result { self.0.push_str(&s.to_uppercase()); Ok(()) } }
fn evens(limit: u32) -> impl Iterator<Item = u32> { (0..limit).filter(|x| x % 2 == 0) }
fn boxed(desc: bool) -> Box<dyn Iterator<Item = i32>> { if desc { Box::new((1..4).rev()) } else { Box::new(1..4) } }
fn main() {
    let mut u = Upper(String::new());
    write!(u, "hello {} {:?}", "world", Some(1)).unwrap();
    writeln!(u, "!").unwrap();
    print!("{}", u.0);
    println!("{:?}", evens(9).collect::<Vec<_>>());
    println!("{:?} {:?}", boxed(true).collect::<Vec<_>>(), boxed(false).map(|x| x * x).sum::<i32>());
    let mut it = [1, 2, 3, 10, 11].into_iter().peekable();
    let mut small = vec![];
    while let Some(x) = it.next_if(|&x| x < 5) { small.push(x); }
    println!("{:?} {:?}", small, it.collect::<Vec<_>>());
    let mut p = "aaabbc".chars().peekable();
    let mut out = String::new();
    while let Some(c) = p.next() { let mut n = 1; while p.next_if_eq(&c).is_some() { n += 1; } write!(out, "{}{}", n, c).unwrap(); }
    println!("{}", out);
    let e: f64 = Vec::<f64>::new().iter().sum();
    println!("{} {} {}", e, f64::EPSILON, i32::MAX as f32);
    println!("{:?}", [3.5, 1.25, 9.0].iter().cloned().fold(f64::NEG_INFINITY, f64::max));
    println!("{}", ('a'..='z').rev().step_by(5).collect::<String>());
    let mut words = vec!["Éclair", "apple", "Zebra", "éclair", "banana"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    #[derive(Debug, PartialEq, PartialOrd)]
    enum V { A(i32), B { x: f64 }, C }
    println!("{} {} {} {:?}", V::A(5) < V::B { x: 0.0 }, V::A(2) < V::A(1), V::C > V::B { x: 9.0 }, V::B { x: 1.0 }.partial_cmp(&V::B { x: f64::NAN }));
    let text = "one two three two one";
    let idx: Vec<(usize, &str)> = text.split(' ').enumerate().filter(|(_, w)| w.len() == 3).collect();
    println!("{:?}", idx);
    let total_chars: usize = text.split(' ').map(str::len).sum();
    println!("{}", total_chars);
    let mut acc = String::new();
    for (i, c) in "abc".chars().rev().enumerate() { if i > 0 { acc.push('-'); } acc.push(c); }
    println!("{}", acc);
    let nested = Some(Ok::<i32, String>(3));
    if let Some(Ok(n)) = nested { println!("nested {}", n); }
    let v: Vec<u8> = "hi".into();
    println!("{:?} {:?}", v, String::from_utf8(v.clone()));
    let opt: Option<&str> = None;
    println!("{}", opt.map_or("default".to_string(), |s| s.to_uppercase()));
    println!("{:?}", "a-b-c".split('-').rev().collect::<Vec<_>>().join("+"));
    let owned: Vec<String> = vec!["x".into(), "y".into()];
    let refs: Vec<&str> = owned.iter().map(|s| s.as_str()).collect();
    println!("{}", refs.concat());
    println!("{:5}|{:<5}|{:>5}|", 'x', "ab", 1.5f32);
    println!("{:?}", (i8::MIN as i16, u16::MAX as i16, -1i8 as u8 as char));
}
