//! Trait objects: &dyn, Box<dyn>, Vec<Box<dyn Trait>> with several implementors.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Cat {
    lives: u8,
}
struct Cow;

impl Animal for Cat {
    fn name(&self) -> String {
        format!("cat({})", self.lives)
    }
    fn sound(&self) -> &'static str {
        "meow"
    }
}

impl Animal for Cow {
    fn name(&self) -> String {
        "cow".to_string()
    }
    fn sound(&self) -> &'static str {
        "moo"
    }
    fn speak(&self) -> String {
        "MOOOO".to_string()
    }
}

fn loudest(animals: &[Box<dyn Animal>]) -> &dyn Animal {
    animals.iter().max_by_key(|a| a.speak().len()).unwrap().as_ref()
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Cat { lives: 9 }), Box::new(Cow), Box::new(Cat { lives: 3 })];
    for a in &zoo {
        println!("{}", a.speak());
    }
    let r: &dyn Animal = &Cow;
    println!("{}", r.name());
    println!("{}", loudest(&zoo).name());
}
