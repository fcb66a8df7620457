use std::error::Error;
use std::fmt;
trait Named { fn name(&self) -> String; }
trait Greeter: Named { fn greet(&self) -> String { format!("Hello from {}", self.name()) } }
struct P;
impl Named for P { fn name(&self) -> String { "P".into() } }
impl Greeter for P {}
#[derive(Debug)] struct Low;
impl fmt::Display for Low { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "low-level") } }
impl Error for Low {}
#[derive(Debug)] struct High(Low);
impl fmt::Display for High { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "high-level") } }
impl Error for High { fn source(&self) -> Option<&(dyn Error + 'static)> { Some(&self.0) } }
fn run(n: i32) -> Result<i32, Box<dyn Error>> {
    if n == 0 { return Err(Box::new(High(Low))); }
    if n == 1 { return Err(format!("string error {}", n).into()); }
    let v: i32 = "x".parse()?;
    Ok(v)
}
fn main() {
    let g: &dyn Greeter = &P;
    println!("{} / {}", g.greet(), g.name());
    for i in 0..3 {
        let e = run(i).unwrap_err();
        println!("{} | {:?}", e, e.to_string());
        if let Some(h) = e.downcast_ref::<High>() { println!("downcast ok {:?}", h); }
        let mut src = e.source();
        while let Some(s) = src { println!("  caused by {}", s); src = s.source(); }
        println!("is parse err: {}", e.is::<std::num::ParseIntError>());
    }
    let e: Box<dyn Error + Send + Sync> = "x".into();
    println!("{:?}", e);
    let r: Result<(), Box<dyn Error>> = Err(Box::new(Low));
    if let Err(e) = r { println!("{:?} {}", e, e); }
    let mut boxed: Box<dyn Error + Send + Sync> = Box::new(Low);
    println!("{} {}", boxed.is::<Low>(), boxed.downcast_mut::<Low>().is_some());
}
