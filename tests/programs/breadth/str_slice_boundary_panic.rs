fn main() {
    let s = String::from("naïve café");
    let n = std::env::args().count(); // 1
    println!("{:?} {:?}", s.get(0..3), s.get(0..4));
    println!("{}", s.is_char_boundary(3));
    let (a, b) = s.split_at(n + 1);
    println!("{} | {}", a, b);
    println!("{}", &s[n + 2..]);
}
