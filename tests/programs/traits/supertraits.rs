//! Supertraits and calling supertrait methods through generics.
trait Named {
    fn name(&self) -> String;
}

trait Greeter: Named {
    fn greet(&self) -> String {
        format!("Hello from {}", self.name())
    }
}

struct Robot(u32);

impl Named for Robot {
    fn name(&self) -> String {
        format!("robot-{}", self.0)
    }
}

impl Greeter for Robot {}

struct Person(&'static str);

impl Named for Person {
    fn name(&self) -> String {
        self.0.to_string()
    }
}

impl Greeter for Person {
    fn greet(&self) -> String {
        format!("Hi, I'm {}", self.name())
    }
}

fn introduce<G: Greeter>(g: &G) {
    println!("{} ({})", g.greet(), g.name().len());
}

fn main() {
    introduce(&Robot(42));
    introduce(&Person("Ada"));
}
