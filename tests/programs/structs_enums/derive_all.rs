//! Deriving Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Version {
    major: u16,
    minor: u16,
    patch: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    Low,
    Normal(u8),
    Urgent { reason: String },
}

#[derive(Debug, Default, Clone)]
struct Settings {
    width: u32,
    title: String,
    tags: Vec<String>,
    maybe: Option<bool>,
}

fn main() {
    let a = Version { major: 1, minor: 2, patch: 3 };
    let b = Version { patch: 4, ..a };
    println!("{:?} {:?}", a, b);
    println!("{} {} {}", a < b, a == a, a.max(b) == b);
    println!("{:?}", Version::default());
    let mut ps = vec![
        Priority::Urgent { reason: "fire".to_string() },
        Priority::Normal(3),
        Priority::Low,
        Priority::Normal(1),
    ];
    ps.sort();
    println!("{:?}", ps);
    println!("{:?}", Settings::default());
    let mut s = Settings::default();
    s.tags.push("x".to_string());
    s.maybe = Some(true);
    let t = s.clone();
    println!("{:?}", t);
    println!("{:#?}", a);
}
