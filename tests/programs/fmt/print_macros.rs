//! print!, println!, eprint!, eprintln! interleaving on stdout and stderr.
fn main() {
    print!("a");
    print!("b\n");
    println!("c");
    eprint!("err1 ");
    eprintln!("err2");
    println!();
    eprintln!("{} {:?}", 5, "x");
    print!("{}", "no newline at end");
}
