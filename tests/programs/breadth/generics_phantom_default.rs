use std::marker::PhantomData;
use std::fmt::Debug;
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet;
#[derive(Debug, Clone, Copy, PartialEq)]
struct Length<U> { v: f64, _u: PhantomData<U> }
impl<U> Length<U> { fn new(v: f64) -> Self { Length { v, _u: PhantomData } } }
impl<U> std::ops::Add for Length<U> { type Output = Self; fn add(self, o: Self) -> Self { Length::new(self.v + o.v) } }
impl From<Length<Feet>> for Length<Meters> { fn from(f: Length<Feet>) -> Self { Length::new(f.v * 0.3048) } }

#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key { group: u8, name: String }

fn group_by<T, K: Hash + Eq + Ord + Clone, F: Fn(&T) -> K>(items: Vec<T>, f: F) -> Vec<(K, Vec<T>)> {
    let mut m: HashMap<K, Vec<T>> = HashMap::new();
    for it in items { m.entry(f(&it)).or_default().push(it); }
    let mut v: Vec<_> = m.into_iter().collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

struct Pair<T> { a: T, b: T }
impl<T: PartialOrd + Debug> Pair<T> { fn largest(&self) -> &T { if self.a > self.b { &self.a } else { &self.b } } }

trait Describe { fn describe(&self) -> String; }
impl<T: Debug> Describe for [T] { fn describe(&self) -> String { format!("{} items, first {:?}", self.len(), self.first()) } }

fn print_all<I>(it: I) where I: IntoIterator, I::Item: Debug { let v: Vec<String> = it.into_iter().map(|x| format!("{:?}", x)).collect(); println!("{}", v.join(";")); }

#[derive(Debug, Default)]
struct Settings { verbose: bool, level: u8, name: String, ratio: f32, list: Vec<i32>, opt: Option<char> }

fn main() {
    let a: Length<Feet> = Length::new(10.0);
    let m: Length<Meters> = (a + Length::new(5.0)).into();
    println!("{:.3} {:?}", m.v, a.v);
    let words = vec!["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
    for (k, g) in group_by(words, |w| w.chars().next().unwrap()) { println!("{} {:?}", k, g); }
    for (k, g) in group_by((1..=10).collect(), |n| n % 3) { println!("{} {:?}", k, g); }
    println!("{} {}", Pair { a: 3, b: 9 }.largest(), Pair { a: "x", b: "a" }.largest());
    println!("{}", [1.5, 2.5][..].describe());
    print_all(vec![Some(1), None]);
    print_all(["a", "b"].iter());
    let s = Settings { level: 3, ..Default::default() };
    println!("{:?}", s);
    let mut keys = vec![Key { group: 2, name: "b".into() }, Key { group: 1, name: "z".into() }, Key::default(), Key { group: 2, name: "a".into() }];
    keys.sort();
    println!("{:?}", keys);
    println!("{:?}", keys.iter().max());
    println!("{}", Key::default() < Key { group: 0, name: "a".into() });
    let d: (i32, String, Vec<u8>, bool) = Default::default();
    println!("{:?}", d);
}
