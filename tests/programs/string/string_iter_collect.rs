//! Building Strings from iterators: collect, extend, FromIterator of &str/char/String, join.
fn main() {
    let s: String = ["a", "b", "c"].iter().copied().collect();
    println!("{s}");
    let mut t = String::from("x");
    t.extend(['y', 'z']);
    t.extend(["1", "2"]);
    println!("{t}");
    let u: String = vec![String::from("p"), String::from("q")].into_iter().collect();
    println!("{u}");
    let numbered: Vec<String> = (1..=3).map(|i| format!("#{i}")).collect();
    println!("{}", numbered.join(", "));
    let acronym: String = "portable network graphics".split(' ').filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{acronym}");
    let spaced: String = "abc".chars().flat_map(|c| [c, ' ']).collect();
    println!("[{}]", spaced.trim_end());
}
