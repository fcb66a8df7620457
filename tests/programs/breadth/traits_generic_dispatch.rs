use std::fmt::{self, Display};
use std::collections::HashMap;

trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String { format!("{} says {}", self.name(), self.sound()) }
}
#[derive(Clone)]
struct Dog { name: String }
struct Cat;
impl Animal for Dog { fn name(&self) -> String { self.name.clone() } fn sound(&self) -> &'static str { "woof" } }
impl Animal for Cat { fn name(&self) -> String { "cat".into() } fn sound(&self) -> &'static str { "meow" }
    fn speak(&self) -> String { "the cat ignores you".into() } }

fn loud<A: Animal + ?Sized>(a: &A) -> String { a.speak().to_uppercase() }
fn all(animals: &[&dyn Animal]) -> Vec<String> { animals.iter().map(|a| a.speak()).collect() }

trait Summary { fn summarize_author(&self) -> String; fn summarize(&self) -> String { format!("(Read more from {}...)", self.summarize_author()) } }
impl<T: Display> Summary for Vec<T> { fn summarize_author(&self) -> String { self.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("&") } }

trait Describe { fn describe(&self) -> String; }
impl<T: fmt::Debug> Describe for Option<T> {
    fn describe(&self) -> String { match self { Some(v) => format!("just {:?}", v), None => "nothing".into() } }
}

struct Celsius(f64);
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit { fn from(c: Celsius) -> Self { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) } }

trait Visitor { fn visit(&mut self, n: i32); }
struct SumV(i32);
struct MaxV(Option<i32>);
impl Visitor for SumV { fn visit(&mut self, n: i32) { self.0 += n; } }
impl Visitor for MaxV { fn visit(&mut self, n: i32) { self.0 = Some(self.0.map_or(n, |m| m.max(n))); } }
fn walk(xs: &[i32], v: &mut dyn Visitor) { for &x in xs { v.visit(x); } }

#[derive(PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Clone, Copy)]
enum Suit { Hearts, Spades }

trait Shape: Display { fn area(&self) -> f64; }
struct Sq(f64);
impl Display for Sq { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Sq({})", self.0) } }
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn show(s: &dyn Shape) -> String { format!("{} area {}", s, s.area()) }

fn main() {
    let d = Dog { name: "rex".into() };
    println!("{}", d.speak());
    println!("{}", loud(&Cat));
    println!("{}", loud(&d as &dyn Animal));
    println!("{:?}", all(&[&d, &Cat]));
    println!("{}", vec![1, 2, 3].summarize());
    println!("{} {}", Some(3).describe(), None::<&str>.describe());
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{}", f.0);
    let xs = [3, -1, 9, 4];
    let mut s = SumV(0); let mut m = MaxV(None);
    walk(&xs, &mut s); walk(&xs, &mut m);
    println!("{} {:?}", s.0, m.0);
    let mut hm = HashMap::new();
    hm.insert(Suit::Spades, 2); hm.insert(Suit::Hearts, 1);
    let mut ks: Vec<_> = hm.into_iter().collect(); ks.sort();
    println!("{:?} {}", ks, Suit::Hearts < Suit::Spades);
    println!("{}", show(&Sq(1.5)));
    let boxed: Box<dyn Shape> = Box::new(Sq(2.0));
    println!("{}", boxed);
    println!("{}", <Dog as Animal>::sound(&d));
    println!("{}", i32::max(3, 9));
    let v: Vec<Box<dyn Fn() -> String>> = vec![Box::new(move || d.speak())];
    println!("{}", v[0]());
}
