//! Integer formatting: radixes, widths, signs, zero padding.
fn main() {
    let n = 255;
    println!("{:x} {:X} {:o} {:b}", n, n, n, n);
    println!("{:#x} {:#X} {:#o} {:#b}", n, n, n, n);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}]", 42, 42, 42, 42);
    println!("[{:05}] [{:+}] [{:+05}]", 42, 42, 42);
    println!("[{:05}] [{:x}]", -42, -1i8);
    println!("[{:#010x}] [{:#06b}]", 255, 5);
    println!("[{:*^9}] [{:->6}] [{:_<4}]", 7, 8, 9);
    let w = 8;
    println!("[{:w$}] [{:>1$}] [{:0>width$}]", 1, 2, 3, width = 4);
    println!("{:?} {:?}", u128::MAX, i64::MIN);
    println!("{0} {0} {1}", 1, 2);
    let name = "x";
    println!("{name}={}", 3);
}
