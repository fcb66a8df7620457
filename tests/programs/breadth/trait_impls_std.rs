use std::fmt;
use std::num::{Wrapping, NonZeroU8, Saturating};
use std::ops::{Deref, DerefMut};
use std::iter::{Sum, FromIterator, Product};
use std::cmp::Ordering;
struct B(u8);
impl fmt::Binary for B { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { fmt::Binary::fmt(&self.0, f) } }
impl fmt::Display for B { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
    let _ = (f.alternate(), f.width(), f.precision(), f.fill(), f.sign_plus(), f.sign_minus(), f.sign_aware_zero_pad(), f.align());
    f.debug_list().entries([1, 2].iter()).finish()?;
    f.debug_map().entry(&1, &2).entries([(3, 4)]).finish()?;
    f.debug_set().entry(&1).finish()?;
    f.debug_tuple("T").field(&1).finish()?;
    f.debug_struct("S").field("a", &1).finish_non_exhaustive()?;
    f.write_str("x")
} }
struct W(Vec<i32>);
impl Deref for W { type Target = Vec<i32>; fn deref(&self) -> &Vec<i32> { &self.0 } }
impl DerefMut for W { fn deref_mut(&mut self) -> &mut Vec<i32> { &mut self.0 } }
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct M(i32);
impl Sum for M { fn sum<I: Iterator<Item = M>>(it: I) -> M { M(it.map(|m| m.0).sum()) } }
impl<'a> Sum<&'a M> for M { fn sum<I: Iterator<Item = &'a M>>(it: I) -> M { M(it.map(|m| m.0).sum()) } }
impl Product for M { fn product<I: Iterator<Item = M>>(it: I) -> M { M(it.map(|m| m.0).product()) } }
struct Bag(Vec<i32>);
impl FromIterator<i32> for Bag { fn from_iter<I: IntoIterator<Item = i32>>(it: I) -> Self { Bag(it.into_iter().collect()) } }
impl Extend<i32> for Bag { fn extend<I: IntoIterator<Item = i32>>(&mut self, it: I) { for x in it { self.0.push(x); } } }
impl<'a> IntoIterator for &'a Bag { type Item = &'a i32; type IntoIter = std::slice::Iter<'a, i32>; fn into_iter(self) -> Self::IntoIter { self.0.iter() } }
impl IntoIterator for Bag { type Item = i32; type IntoIter = std::vec::IntoIter<i32>; fn into_iter(self) -> Self::IntoIter { self.0.into_iter() } }
impl TryFrom<i32> for M { type Error = String; fn try_from(v: i32) -> Result<Self, String> { if v >= 0 { Ok(M(v)) } else { Err("neg".into()) } } }
impl AsRef<i32> for M { fn as_ref(&self) -> &i32 { &self.0 } }
impl PartialEq<i32> for M { fn eq(&self, o: &i32) -> bool { self.0 == *o } }
impl PartialOrd for M { fn partial_cmp(&self, o: &M) -> Option<Ordering> { self.0.partial_cmp(&o.0) } }
trait Shape: ShapeClone { fn a(&self) -> f64; }
trait ShapeClone { fn clone_box(&self) -> Box<dyn Shape>; }
impl<T: 'static + Shape + Clone> ShapeClone for T { fn clone_box(&self) -> Box<dyn Shape> { Box::new(self.clone()) } }
impl Clone for Box<dyn Shape> { fn clone(&self) -> Box<dyn Shape> { self.clone_box() } }
#[derive(Clone)] struct Sq;
impl Shape for Sq { fn a(&self) -> f64 { 1.0 } }
struct Cd(u32);
impl Iterator for Cd { type Item = u32; fn next(&mut self) -> Option<u32> { if self.0 == 0 { None } else { self.0 -= 1; Some(self.0) } } }
impl DoubleEndedIterator for Cd { fn next_back(&mut self) -> Option<u32> { self.next() } }
impl ExactSizeIterator for Cd {}
fn main() {
    println!("{:08b} {:#b} {}", B(5), B(3), B(1));
    let mut w = W(vec![1]); w.push(2); println!("{} {:?}", w.len(), *w);
    let ms = [M(1), M(2)];
    let s: M = ms.iter().sum(); let s2: M = ms.into_iter().sum(); let p: M = ms.into_iter().product();
    println!("{:?} {:?} {:?}", s, s2, p);
    let mut b: Bag = (1..4).collect(); b.extend(vec![9]);
    for x in &b { print!("{} ", x); }
    println!("{:?}", b.into_iter().rev().collect::<Vec<_>>());
    println!("{:?} {:?}", M::try_from(3), M::try_from(-3));
    let m: Result<M, _> = 5.try_into(); println!("{:?} {}", m, M(2) == 2);
    println!("{:?}", M(1).partial_cmp(&M(2)).map(Ordering::reverse));
    println!("{}", M(1) < M(2));
    let bx: Box<dyn Shape> = Box::new(Sq); let c = bx.clone(); println!("{}", c.a());
    println!("{:?}", Cd(3).rev().collect::<Vec<_>>());
    let mut it = Cd(5); let first: Vec<_> = it.by_ref().take(2).collect(); println!("{:?} {:?}", first, it.next());
    let w8 = Wrapping(250u8) + Wrapping(10); println!("{} {:?}", w8, w8);
    let s8 = Saturating(250u8) + Saturating(10); println!("{}", s8);
    println!("{:?} {:?}", NonZeroU8::new(0), NonZeroU8::new(5).map(|n| n.get()));
    println!("{} {:?}", u32::from('a'), char::try_from(66u32));
    println!("{:?}", [1.5f64, -2.0, 0.3].iter().copied().max_by(f64::total_cmp));
    println!("{:?}", 5.clamp(1, 3).max(2).min(10));
    println!("{:?}", (1, "b").cmp(&(1, "a")));
    println!("{:?}", Ordering::Less.then(Ordering::Greater).is_lt());
    let arr: [String; 3] = Default::default(); println!("{:?}", arr);
    let x: f32 = [0.5f32, 0.25].iter().sum(); println!("{}", x);
    println!("{:?}", std::cmp::max_by_key(-3, 2, |x: &i32| x.abs()));
    println!("{:?}", i32::from_str_radix("zz", 36));
    println!("{:>+8.2e}", 12345.678f64);
}
