//! while, loop with break value, for over ranges, labels, continue.
fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();
    let mut n = 27u64;
    let steps = loop {
        if n == 1 {
            break i;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        i += 1;
    };
    println!("collatz steps (offset 5): {}", steps);
    for j in (0..10).step_by(3) {
        print!("{j},");
    }
    println!();
    'outer: for a in 0..5 {
        for b in 0..5 {
            if b > a {
                continue 'outer;
            }
            if a == 4 {
                break 'outer;
            }
            print!("({a},{b})");
        }
    }
    println!();
    for k in (1..=4).rev() {
        print!("{k} ");
    }
    println!("liftoff");
}
