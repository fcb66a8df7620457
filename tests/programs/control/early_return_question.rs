//! The ? operator on Option and Result, with From conversion of errors.
#[derive(Debug)]
enum AppError {
    Parse(String),
    Negative(i64),
}

impl From<std::num::ParseIntError> for AppError {
    fn from(_: std::num::ParseIntError) -> AppError {
        AppError::Parse("bad number".to_string())
    }
}

fn parse_positive(s: &str) -> Result<i64, AppError> {
    let n: i64 = s.trim().parse()?;
    if n < 0 {
        return Err(AppError::Negative(n));
    }
    Ok(n)
}

fn sum_all(items: &[&str]) -> Result<i64, AppError> {
    let mut total = 0;
    for item in items {
        total += parse_positive(item)?;
    }
    Ok(total)
}

fn second_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    it.next()?;
    it.next()
}

fn main() {
    println!("{:?}", sum_all(&["1", " 2", "3 "]));
    println!("{:?}", sum_all(&["1", "x", "3"]));
    println!("{:?}", sum_all(&["1", "-4"]));
    println!("{:?}", second_char("ab"));
    println!("{:?}", second_char("a"));
}
