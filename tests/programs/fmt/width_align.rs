//! Width, fill, alignment and precision for strings, chars and bools.
fn main() {
    println!("[{:10}]", "left");
    println!("[{:>10}]", "right");
    println!("[{:^10}]", "mid");
    println!("[{:*<10}]", "fill");
    println!("[{:#>10}]", 'c');
    println!("[{:^7}]", true);
    println!("[{:.3}]", "truncate");
    println!("[{:10.3}]", "truncate");
    println!("[{:>w$.p$}]", "dynamic", w = 9, p = 4);
    println!("[{:2}]", "longer than width");
    println!("[{:>5}]", "é");
    println!("[{:<5?}]", "dq");
    println!("[{:>8?}]", Some(1));
    println!("[{:>6?}]", 'x');
    println!("[{:08.3?}]", "x");
}
