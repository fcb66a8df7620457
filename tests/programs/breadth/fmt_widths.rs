use std::fmt;

#[derive(Debug, Clone, Default)]
struct Config { name: String, retries: u32, ratio: f64, tags: Vec<&'static str>, nested: Option<Inner> }
#[derive(Debug, Clone, Default)]
struct Inner { on: bool, pair: (i8, char) }
#[derive(Debug)]
enum E { Unit, Tup(i32, String), Rec { a: u8 } }
struct Money(i64);
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("${}.{:02}", self.0 / 100, self.0 % 100);
        f.pad(&s)
    }
}
struct Hex(u32);
impl fmt::Debug for Hex { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "0x{:04X}", self.0) } }

fn main() {
    let pi = 3.14159265358979;
    println!("[{:8.2}] [{:<8.2}] [{:^8.2}] [{:>8.2}] [{:08.2}] [{:+.3}]", pi, pi, pi, pi, -pi, pi);
    println!("[{:e}] [{:E}] [{:.2e}]", 1234.5, 0.00012, 98765.4321);
    println!("[{:10}] [{:<10}] [{:*^10}] [{:->10}]", "ab", "ab", "ab", "ab");
    println!("[{:.3}] [{:10.3}]", "abcdef", "abcdef");
    let w = 7; let p = 2;
    println!("[{:w$.p$}] [{:>1$}] [{:.*}]", 2.71828, 6, 3, 1.23456);
    println!("[{:>width$}] [{x:?}] [{0}]", 5, width = 4, x = "q");
    println!("{0} {1} {0} {name}", "a", "b", name = "n");
    println!("{{literal}} {}%", 50);
    println!("[{:>10}] [{:<10}] [{:^10}]", Money(12345), Money(-7), Money(5));
    println!("{:?} {:?}", Hex(255), vec![Hex(1), Hex(4096)]);
    let c = Config { name: "svc".into(), retries: 3, ratio: 0.5, tags: vec!["a", "b"], nested: Some(Inner { on: true, pair: (-1, 'x') }) };
    println!("{:?}", c);
    println!("{:#?}", c);
    println!("{:#?}", Config::default());
    println!("{:?} {:?} {:?}", E::Unit, E::Tup(1, "s".into()), E::Rec { a: 2 });
    println!("{:#?}", vec![E::Unit, E::Rec { a: 9 }]);
    println!("{:?}", (1, "two", 3.0, '4', [5u8], ()));
    println!("{:?} {:?}", Some(Some(1)), Ok::<(), String>(()));
    println!("{:?} {:?} {:?}", 1.0f64, 0.1f32 + 0.2f32, 1e21f64);
    println!("{} {} {}", 1e15, 1e16, 1.5e-7);
    println!("{} {} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY, -0.0f64);
    println!("{:?} {:?}", f64::MAX, f64::MIN_POSITIVE);
    println!("{:5}|{:<5}|{:^5}|{:>5}", true, false, 'c', "é");
    println!("{:#?}", (1, "x"));
    println!("{:#?}", std::collections::BTreeMap::from([(1, "a"), (2, "b")]));
    let s = format!("{:>5}", format!("{:.1}", 9.96));
    println!("{}", s);
    println!("{:?}", "quote\"and\\slash\n");
    println!("{:?}", 'a');
    println!("{:?}", '\'');
    println!("{:10.3?}|{:<12?}|", 1.0f64, Some(1));
    println!("{:#x?}", [10, 255]);
    eprintln!("to stderr {:>4}", 1);
}
