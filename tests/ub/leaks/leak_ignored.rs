//@ compile-flags: -Zmiri-ignore-leaks
//@ exit-status: 0
//! With -Zmiri-ignore-leaks a leak is not reported and the program exits normally.
fn main() {
    let s = String::from("leaked on purpose");
    std::mem::forget(s);
    println!("done");
}
