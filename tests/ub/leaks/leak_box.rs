//@ leak: memory leaked
//! A Box that is leaked is reported at exit.
fn main() {
    let b = Box::new([7u32; 8]);
    let r: &'static mut [u32; 8] = Box::leak(b);
    r[0] = 1;
    println!("{}", r[0]);
}
