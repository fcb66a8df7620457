//! write! and writeln! into a String via fmt::Write.
use std::fmt::Write;

fn main() {
    let mut out = String::new();
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(out, " done").unwrap();
    for i in 0..3 {
        write!(&mut out, "{i},").unwrap();
    }
    writeln!(out).unwrap();
    write!(out, "{:>4}|{:<4}|{:^4}", "a", "b", "c").unwrap();
    print!("{out}");
    println!();
    println!("{}", out.lines().count());
}
