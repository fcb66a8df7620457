//! Reaching hint::unreachable_unchecked.
fn pick(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        _ => unsafe { std::hint::unreachable_unchecked() }, //~ ERROR unreachable
    }
}

fn main() {
    println!("{}", pick(0));
    println!("{}", pick(std::hint::black_box(2)));
}
