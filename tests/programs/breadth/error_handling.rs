use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Negative(i64),
    TooBig { value: i64, max: i64 },
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Negative(n) => write!(f, "negative: {}", n),
            AppError::TooBig { value, max } => write!(f, "{} exceeds {}", value, max),
        }
    }
}

impl Error for AppError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self { AppError::Parse(e) => Some(e), _ => None }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self { AppError::Parse(e) }
}

fn parse_checked(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 { return Err(AppError::Negative(n)); }
    if n > 1000 { return Err(AppError::TooBig { value: n, max: 1000 }); }
    Ok(n)
}

fn sum_all(items: &[&str]) -> Result<i64, Box<dyn Error>> {
    let mut total = 0;
    for it in items {
        total += parse_checked(it)?;
    }
    if total == 13 { return Err("unlucky".into()); }
    Ok(total)
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    c.to_uppercase().next()
}

fn main() {
    for s in ["42", " 7 ", "-5", "abc", "5000", ""] {
        match parse_checked(s) {
            Ok(n) => println!("{:?} -> ok {}", s, n),
            Err(e) => {
                println!("{:?} -> err {} / {:?}", s, e, e);
                if let Some(src) = e.source() { println!("   caused by: {}", src); }
            }
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]).unwrap());
    match sum_all(&["1", "x"]) { Err(e) => println!("boxed: {}", e), Ok(_) => {} }
    match sum_all(&["6", "7"]) { Err(e) => println!("boxed: {} {:?}", e, e.to_string()), Ok(_) => {} }
    println!("{:?} {:?}", first_char_upper("rust"), first_char_upper(""));
    let results: Result<Vec<i32>, _> = "1 2 3".split(' ').map(|x| x.parse::<i32>()).collect();
    println!("{:?}", results);
    let results: Result<Vec<i32>, _> = "1 b 3".split(' ').map(|x| x.parse::<i32>()).collect();
    println!("{:?}", results);
    let opts: Option<Vec<u32>> = ['1', '2', 'x'].iter().map(|c| c.to_digit(10)).collect();
    println!("{:?}", opts);
    let r: Result<u8, String> = Err("bad".to_string());
    println!("{}", r.clone().unwrap_or(9));
    println!("{:?}", r.as_ref().map_err(|e| e.len()));
    println!("{}", r.unwrap_or_else(|e| e.len() as u8));
    let o: Option<i32> = Some(4);
    println!("{:?} {:?} {:?}", o.map(|x| x * 2), o.and_then(|x| if x > 5 { Some(x) } else { None }), o.filter(|x| x % 2 == 0));
    println!("{:?} {:?}", o.ok_or("none"), None::<i32>.ok_or("none"));
    println!("{}", None::<i32>.unwrap_or_default() + o.unwrap_or(0));
    let e: Box<dyn Error + Send + Sync> = From::from("plain message");
    println!("{}", e);
    let pe = "x".parse::<f64>().unwrap_err();
    println!("{} | {:?}", pe, pe);
    let ie = "99999999999".parse::<i32>().unwrap_err();
    println!("{} | {:?}", ie, ie.kind());
}
