//! Fixed precision, width and sign for floats.
fn main() {
    let x = 3.14159265f64;
    println!("{:.0} {:.1} {:.2} {:.5}", x, x, x, x);
    println!("[{:8.3}] [{:<8.3}] [{:^8.3}] [{:08.3}]", x, x, x, x);
    println!("{:+.2} {:+.2}", x, -x);
    println!("{:.3}", 2.0005f64);
    println!("{:.2}", 0.125f64);
    println!("{:.1}", 0.25f64);
    println!("{:e} {:E}", 1234.5f64, 0.00012f64);
    let w = 10;
    let p = 4;
    println!("[{:w$.p$}]", x);
}
