//! An explicit panic! with a formatted message after some output: exit code 101.
fn check(level: u32) {
    if level > 2 {
        panic!("level {} is too deep (max {})", level, 2);
    }
    println!("level {level} ok");
}

fn main() {
    for l in 0..5 {
        check(l);
    }
    println!("unreachable");
}
