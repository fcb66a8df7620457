fn div(a: i32, b: i32) -> i32 { a / b }
fn main() {
    println!("{}", div(7, 2));
    println!("{:?}", 7i32.checked_div(0));
    println!("{:?}", i32::MIN.checked_div(-1));
    let zero = "0".parse::<i32>().unwrap();
    println!("{}", div(1, zero));
}
