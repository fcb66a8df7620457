//! unreachable! with a message.
fn kind(n: u8) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ => unreachable!("n % 3 was {}", n % 3),
    }
}

fn later() -> u32 {
    todo!()
}

fn main() {
    println!("{}", kind(7));
    if std::hint::black_box(false) {
        later();
    }
    let r: u32 = if kind(3) == "zero" { unreachable!() } else { 1 };
    println!("{r}");
}
