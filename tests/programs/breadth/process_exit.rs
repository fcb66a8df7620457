use std::process;

struct Guard;
impl Drop for Guard { fn drop(&mut self) { println!("guard dropped (should not print)"); } }

fn check(n: i32) -> Result<i32, String> {
    if n > 3 { Err(format!("n too large: {}", n)) } else { Ok(n * 2) }
}

fn main() {
    let _g = Guard;
    for i in 0..10 {
        match check(i) {
            Ok(v) => println!("ok {}", v),
            Err(e) => {
                eprintln!("error: {}", e);
                process::exit(3);
            }
        }
    }
}
