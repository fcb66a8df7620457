//! Returning closures (boxed and impl Fn), closures in structs, counters.
fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn make_op(op: char) -> Box<dyn Fn(i64, i64) -> i64> {
    match op {
        '+' => Box::new(|a, b| a + b),
        '-' => Box::new(|a, b| a - b),
        '*' => Box::new(|a, b| a * b),
        _ => Box::new(|_, _| 0),
    }
}

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

fn main() {
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {}", c1(), c1(), c2());
    for op in ['+', '-', '*', '?'] {
        println!("{op}: {}", make_op(op)(6, 3));
    }
    let prefix = String::from(">> ");
    let b = Button { label: "ok".to_string(), on_click: Box::new(move |l| format!("{prefix}{l} clicked")) };
    println!("{}", (b.on_click)(&b.label));
}
