//! Multiplication overflow on i32 inside a helper function.
fn grow(v: i32) -> i32 {
    v * 1000
}

fn main() {
    let mut v = 7;
    loop {
        v = grow(v);
        println!("{v}");
    }
}
