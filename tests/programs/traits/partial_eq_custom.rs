//! Hand-written PartialEq (case-insensitive names) and PartialEq between different types.
#[derive(Debug)]
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other)
    }
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Unit {
    Cm(u32),
    M(u32),
}

impl Unit {
    fn cm(self) -> u32 {
        match self {
            Unit::Cm(c) => c,
            Unit::M(m) => m * 100,
        }
    }
}

fn main() {
    let a = Name("Alice".to_string());
    let b = Name("ALICE".to_string());
    println!("{} {}", a == b, a != Name("Bob".into()));
    println!("{}", a == *"alice");
    println!("{}", Unit::M(2) == Unit::Cm(200));
    println!("{}", Unit::M(2).cm() == Unit::Cm(200).cm());
    let names = vec![Name("x".into()), Name("Y".into())];
    println!("{}", names.contains(&Name("y".into())));
    println!("{:?}", names.iter().position(|n| n == "X"));
}
