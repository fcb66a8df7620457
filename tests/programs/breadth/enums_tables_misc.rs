use std::collections::HashMap;
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Dir { N, E, S, W }
impl Dir {
    const ALL: [Dir; 4] = [Dir::N, Dir::E, Dir::S, Dir::W];
    fn turn(self) -> Dir { Dir::ALL[(self as usize + 1) % 4] }
}
impl fmt::Display for Dir {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self { Dir::N => "north", Dir::E => "east", Dir::S => "south", Dir::W => "west" };
        write!(f, "{:>6}", s)
    }
}
#[derive(Debug)]
struct Matrix<const R: usize, const C: usize>([[i32; C]; R]);
impl<const R: usize, const C: usize> Matrix<R, C> {
    fn transpose(&self) -> Matrix<C, R> {
        let mut m = [[0; R]; C];
        for i in 0..R { for j in 0..C { m[j][i] = self.0[i][j]; } }
        Matrix(m)
    }
}
fn stats(xs: &[f64]) -> (f64, f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    let mut s = xs.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let med = if s.len() % 2 == 0 { (s[s.len() / 2 - 1] + s[s.len() / 2]) / 2.0 } else { s[s.len() / 2] };
    (mean, var.sqrt(), med)
}
fn main() {
    let mut d = Dir::N;
    for _ in 0..5 { print!("[{}]", d); d = d.turn(); }
    println!();
    let mut visits: HashMap<Dir, u32> = HashMap::new();
    for (i, d) in Dir::ALL.iter().cycle().take(10).enumerate() { *visits.entry(*d).or_insert(0) += i as u32; }
    let mut vs: Vec<_> = visits.into_iter().collect(); vs.sort();
    println!("{:?}", vs);
    let m = Matrix([[1, 2, 3], [4, 5, 6]]);
    println!("{:?}", m.transpose());
    let (mean, sd, med) = stats(&[2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
    println!("mean={:.3} sd={:.3} median={}", mean, sd, med);
    let table = vec![("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 99.999)];
    println!("{:<12}|{:>5}|{:>10}", "name", "qty", "price");
    println!("{}", "-".repeat(29));
    for (n, q, p) in &table { println!("{:<12}|{:>5}|{:>10.2}", n, q, p); }
    println!("{:=^29}", " total ");
    println!("{:>29.2}", table.iter().map(|(_, q, p)| *q as f64 * p).sum::<f64>());
    let x: Result<u32, std::num::ParseIntError> = "42".parse();
    if let Ok(n @ 40..=50) = x { println!("in range {}", n); }
    let pair = (3, -3);
    match pair { (x, y) if x + y == 0 => println!("opposites"), (x, _) if x % 2 == 1 => println!("odd x"), _ => println!("none") }
    let msg = Some("hello");
    if let Some(m) = msg && m.len() > 3 { println!("long {}", m); }
    let refs = vec![&1, &2];
    let sum: i32 = refs.into_iter().sum();
    println!("{}", sum);
    let nums = [1u64, 2, 3];
    let total: u64 = nums.iter().map(|&n| n.pow(3)).sum();
    println!("{}", total);
    let s = String::from("abc");
    let t = s.clone() + "def" + &s;
    println!("{} {}", t, t.len());
    let boxed: Box<str> = "boxed".into();
    let rc = "rc";
    println!("{} {} {}", boxed, rc, boxed.len() + rc.len());
    let v2: Vec<char> = boxed.chars().collect();
    println!("{:?}", v2);
    let bs: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?} {}", bs, bs.len());
}
