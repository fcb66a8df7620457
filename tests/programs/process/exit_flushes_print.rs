//! print! without a newline is still flushed when process::exit is called; exit code 42.
fn main() {
    print!("partial line");
    eprint!("partial err");
    std::process::exit(42);
}
