//! Result::unwrap on Err shows the error's Debug form.
fn main() {
    let ok: Result<i32, String> = "12".parse::<i32>().map_err(|e| e.to_string());
    println!("{}", ok.unwrap());
    let bad: Result<i32, String> = Err(String::from("no such file"));
    println!("{}", bad.unwrap());
}
