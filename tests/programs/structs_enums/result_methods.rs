//! Result's common methods.
fn div(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 { Err(format!("cannot divide {a} by zero")) } else { Ok(a / b) }
}

fn main() {
    let ok = div(10, 2);
    let err = div(1, 0);
    println!("{:?}", ok);
    println!("{:?}", err);
    println!("{} {}", ok.is_ok(), err.is_err());
    println!("{:?} {:?}", ok.clone().ok(), err.clone().ok());
    println!("{:?}", err.clone().err());
    println!("{:?}", ok.clone().map(|v| v + 1));
    println!("{:?}", err.clone().map_err(|e| e.len()));
    println!("{}", err.clone().unwrap_or(-1));
    println!("{}", err.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?}", ok.clone().and_then(|v| div(v, 0)));
    println!("{:?}", err.clone().or_else(|_| div(9, 3)));
    println!("{}", ok.as_ref().unwrap());
    println!("{}", ok.clone().is_ok_and(|v| v == 5));
    println!("{}", ok.clone().unwrap_or_default());
    let all: Result<Vec<i32>, String> = vec![div(4, 2), div(9, 3)].into_iter().collect();
    println!("{:?}", all);
    let bad: Result<Vec<i32>, String> = vec![div(4, 2), div(9, 0), div(1, 0)].into_iter().collect();
    println!("{:?}", bad);
    match div(7, 7) {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("err {e}"),
    }
    println!("{}", ok.expect("division works"));
}
