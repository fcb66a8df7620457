//! Implementing PartialOrd/Ord by hand and sorting with them.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, Eq)]
struct Student {
    name: &'static str,
    grade: u32,
}

impl Ord for Student {
    fn cmp(&self, other: &Self) -> Ordering {
        other.grade.cmp(&self.grade).then_with(|| self.name.cmp(other.name))
    }
}

impl PartialOrd for Student {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut s = vec![
        Student { name: "eve", grade: 80 },
        Student { name: "bob", grade: 95 },
        Student { name: "al", grade: 80 },
        Student { name: "cy", grade: 70 },
    ];
    s.sort();
    for st in &s {
        println!("{} {}", st.name, st.grade);
    }
    println!("{:?}", s.iter().max().map(|x| x.name));
    println!("{}", s[0] > s[1]);
    let mut words = vec!["pear", "fig", "banana", "kiwi"];
    words.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", words);
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    println!("{:?}", words);
}
