trait Named { fn name(&self) -> String; }
trait Greeter: Named { fn greet(&self) -> String { format!("Hello from {}", self.name()) } }
struct P(&'static str);
impl Named for P { fn name(&self) -> String { self.0.to_string() } }
impl Greeter for P {}
fn show(n: &dyn Named) -> String { n.name() }
fn main() {
    let g: &dyn Greeter = &P("ref");
    let n: &dyn Named = g;
    println!("{} / {}", g.greet(), n.name());
    let b: Box<dyn Greeter> = Box::new(P("box"));
    println!("{}", show(&*b));
    let bn: Box<dyn Named> = b;
    println!("{}", bn.name());
}
