//! const items, statics, and const fn.
const LIMIT: u32 = 10;
const NAMES: [&str; 3] = ["zero", "one", "two"];
static GREETING: &str = "hi";
static mut COUNTER: u32 = 0;

const fn square(x: u32) -> u32 {
    x * x
}

const SQ: u32 = square(LIMIT);

fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    println!("{LIMIT} {SQ}");
    for (i, n) in NAMES.iter().enumerate() {
        println!("{i}: {n}");
    }
    println!("{}", GREETING);
    bump();
    bump();
    println!("counter = {}", bump());
}
