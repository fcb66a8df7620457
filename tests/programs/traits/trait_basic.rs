//! Traits with required and default methods, implemented for several types.
trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("<{}>", self.name())
    }
}

struct Dog;
struct Number(i32);

impl Describe for Dog {
    fn name(&self) -> String {
        "dog".to_string()
    }
}

impl Describe for Number {
    fn name(&self) -> String {
        format!("number {}", self.0)
    }
    fn describe(&self) -> String {
        format!("#{}", self.0)
    }
}

impl Describe for bool {
    fn name(&self) -> String {
        if *self { "yes".into() } else { "no".into() }
    }
}

fn show<T: Describe>(t: &T) {
    println!("{} / {}", t.name(), t.describe());
}

fn main() {
    show(&Dog);
    show(&Number(7));
    show(&true);
    println!("{}", false.describe());
}
