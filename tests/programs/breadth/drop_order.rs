struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

struct Pair { _a: Noisy, _b: Noisy }

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy(name)
}

fn consume(n: Noisy) { println!("consume {}", n.0); }

fn main() {
    let _x = make("x");
    let _ = make("ignored");
    let y = make("y");
    {
        let _inner = make("inner");
        println!("in block");
    }
    consume(y);
    let _p = Pair { _a: make("pa"), _b: make("pb") };
    let v = vec![make("v1"), make("v2"), make("v3")];
    let mut o = Some(make("opt"));
    o = None;
    println!("o is none: {}", o.is_none());
    let t = (make("t0"), make("t1"));
    let (first, _) = t;
    println!("moved {}", first.0);
    drop(v);
    let mut r = make("r1");
    r = make("r2");
    println!("reassigned to {}", r.0);
    let b: Box<Noisy> = Box::new(make("boxed"));
    std::mem::drop(b);
    let arr = [make("a0"), make("a1")];
    for n in arr { println!("iter {}", n.0); }
    println!("end main");
}
