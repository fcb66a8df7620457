trait Container {
    type Item;
    const KIND: &'static str;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> { self.get(0) }
    fn size(&self) -> usize;
}

struct Stack<T> { items: Vec<T> }

impl<T: std::fmt::Debug> Container for Stack<T> {
    type Item = T;
    const KIND: &'static str = "stack";
    fn get(&self, i: usize) -> Option<&T> { self.items.get(i) }
    fn size(&self) -> usize { self.items.len() }
}

struct Pair(i32, i32);
impl Container for Pair {
    type Item = i32;
    const KIND: &'static str = "pair";
    fn get(&self, i: usize) -> Option<&i32> { match i { 0 => Some(&self.0), 1 => Some(&self.1), _ => None } }
    fn size(&self) -> usize { 2 }
}

fn describe<C: Container>(c: &C) -> String where C::Item: std::fmt::Debug {
    format!("{} of {} first={:?} last={:?}", C::KIND, c.size(), c.first(), c.get(c.size().wrapping_sub(1)))
}

trait Zero { const ZERO: Self; }
impl Zero for i64 { const ZERO: i64 = 0; }
impl Zero for f32 { const ZERO: f32 = 0.0; }

fn sum_all<T: Zero + Copy + std::ops::Add<Output = T>>(xs: &[T]) -> T {
    xs.iter().fold(T::ZERO, |a, &b| a + b)
}

struct Wrapper<T, const N: usize> { data: [T; N] }
impl<T: Default + Copy + std::fmt::Display, const N: usize> Wrapper<T, N> {
    fn new() -> Self { Wrapper { data: [T::default(); N] } }
    fn show(&self) -> String { self.data.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("|") }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs { if x > m { m = x; } }
    m
}

fn main() {
    println!("{}", describe(&Stack { items: vec!["a", "b", "c"] }));
    println!("{}", describe(&Stack::<u8> { items: vec![] }));
    println!("{}", describe(&Pair(4, -9)));
    println!("{} {}", sum_all(&[1i64, 2, 3, 40]), sum_all(&[0.5f32, 0.25]));
    let mut w: Wrapper<i32, 4> = Wrapper::new();
    w.data[2] = 7;
    println!("{} N={}", w.show(), w.data.len());
    println!("{} {} {}", largest(&[3, 8, 1]), largest(&[1.5, -2.0]), largest(&['x', 'b', 'z']));
}
