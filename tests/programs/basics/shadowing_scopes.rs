//! Scopes, shadowing and drop order of locals.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    {
        let _b = Noisy("b");
        let _c = Noisy("c");
        println!("inner scope ends");
    }
    let x = Noisy("x1");
    let x = Noisy(if x.0 == "x1" { "x2" } else { "?" });
    println!("shadowed: {}", x.0);
    let _ = Noisy("underscore");
    println!("main ends");
}
