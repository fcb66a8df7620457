//! Deeply nested control flow computing a small report.
fn main() {
    let data = [3, 8, -2, 0, 15, 7, -9, 12];
    let mut report = String::new();
    for (i, &x) in data.iter().enumerate() {
        let tag = if x < 0 {
            "neg"
        } else if x == 0 {
            "zero"
        } else {
            match x % 3 {
                0 => "fizz",
                _ if x > 10 => "big",
                _ => "plain",
            }
        };
        report.push_str(tag);
        if i + 1 < data.len() {
            report.push(',');
        }
    }
    println!("{report}");
    let mut total = 0;
    let mut i = 0;
    while i < data.len() {
        if data[i] < 0 {
            i += 1;
            continue;
        }
        total += data[i];
        if total > 30 {
            break;
        }
        i += 1;
    }
    println!("stopped at {i} with {total}");
}
