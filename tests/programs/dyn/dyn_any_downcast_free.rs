//! Dynamic dispatch with generics mixed in: a plugin registry of Box<dyn Fn> and dyn trait objects.
trait Plugin {
    fn id(&self) -> u32;
    fn apply(&mut self, input: i64) -> i64;
}

struct Scale {
    k: i64,
    calls: u32,
}

struct Offset(i64);

impl Plugin for Scale {
    fn id(&self) -> u32 {
        1
    }
    fn apply(&mut self, input: i64) -> i64 {
        self.calls += 1;
        input * self.k
    }
}

impl Plugin for Offset {
    fn id(&self) -> u32 {
        2
    }
    fn apply(&mut self, input: i64) -> i64 {
        input + self.0
    }
}

fn run_all(ps: &mut Vec<Box<dyn Plugin>>, x: i64) -> i64 {
    let mut v = x;
    for p in ps.iter_mut() {
        v = p.apply(v);
    }
    v
}

fn main() {
    let mut ps: Vec<Box<dyn Plugin>> = Vec::new();
    ps.push(Box::new(Scale { k: 3, calls: 0 }));
    ps.push(Box::new(Offset(-1)));
    ps.push(Box::new(Scale { k: -2, calls: 0 }));
    for x in [0, 1, 10] {
        println!("{x} -> {}", run_all(&mut ps, x));
    }
    let ids: Vec<u32> = ps.iter().map(|p| p.id()).collect();
    println!("{:?}", ids);
}
