mod geometry {
    pub const ORIGIN: Point = Point { x: 0, y: 0 };
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Point { pub x: i32, pub y: i32 }
    impl Point {
        pub fn manhattan(&self, o: &Point) -> i32 { (self.x - o.x).abs() + (self.y - o.y).abs() }
    }
    pub mod shapes {
        use super::Point;
        pub struct Poly { pub pts: Vec<Point> }
        impl Poly {
            pub fn perimeter(&self) -> i32 {
                let n = self.pts.len();
                (0..n).map(|i| self.pts[i].manhattan(&self.pts[(i + 1) % n])).sum()
            }
            pub fn area2(&self) -> i32 {
                let n = self.pts.len();
                (0..n).map(|i| { let (a, b) = (self.pts[i], self.pts[(i + 1) % n]); a.x * b.y - b.x * a.y }).sum::<i32>().abs()
            }
        }
    }
}

use geometry::shapes::Poly;
use geometry::{Point, ORIGIN};

static GREETING: &str = "hi";
const LIMITS: [u32; 3] = [10, 100, 1000];
const fn square(x: u32) -> u32 { x * x }
const SQ: u32 = square(12);
static mut COUNTER: u32 = 0;

fn bump() -> u32 { unsafe { COUNTER += 1; COUNTER } }

struct Config;
impl Config { const MAX: usize = 3; const NAME: &'static str = "cfg"; }

fn main() {
    let p = Poly { pts: vec![ORIGIN, Point { x: 4, y: 0 }, Point { x: 4, y: 3 }, Point { x: 0, y: 3 }] };
    println!("{} {}", p.perimeter(), p.area2());
    println!("{:?} {}", ORIGIN, ORIGIN == Point { x: 0, y: 0 });
    println!("{} {:?} {}", GREETING, LIMITS, SQ);
    bump(); bump();
    println!("{}", bump());
    println!("{} {}", Config::MAX, Config::NAME);
    println!("{} {} {}", u8::MAX, i16::MIN, usize::BITS);
    println!("{}", LIMITS.iter().map(|l| l.to_string().len()).sum::<usize>());
}
