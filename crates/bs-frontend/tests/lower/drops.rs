struct Guard(i32);

impl std::ops::Drop for Guard {
    fn drop(&mut self) {}
}

fn take(_g: Guard) {}

fn cond_move(c: bool) {
    let g = Guard(1);
    if c {
        take(g);
    }
}

fn reassign() {
    let mut g = Guard(1);
    g = Guard(2);
    let _ = g.0;
}

struct Pair {
    a: Guard,
    b: Guard,
}

fn partial() {
    let p = Pair { a: Guard(1), b: Guard(2) };
    take(p.a);
}

fn main() {
    cond_move(true);
    reassign();
    partial();
}
