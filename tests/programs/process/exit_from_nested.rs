//! process::exit from deep inside nested calls with a computed code.
fn validate(items: &[i32]) -> Result<i32, usize> {
    for (i, x) in items.iter().enumerate() {
        if *x < 0 {
            return Err(i);
        }
    }
    Ok(items.iter().sum())
}

fn run(items: &[i32]) {
    match validate(items) {
        Ok(s) => println!("sum {s}"),
        Err(i) => {
            eprintln!("error: negative item at {i}");
            std::process::exit(10 + i as i32);
        }
    }
}

fn main() {
    run(&[1, 2, 3]);
    run(&[4, -5, 6]);
    run(&[7]);
}
