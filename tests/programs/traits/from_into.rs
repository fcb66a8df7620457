//! From/Into/TryFrom implementations and their use with ?.
use std::convert::TryFrom;

#[derive(Debug)]
struct Rgb(u8, u8, u8);

impl From<u32> for Rgb {
    fn from(v: u32) -> Rgb {
        Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }
}

impl From<Rgb> for u32 {
    fn from(c: Rgb) -> u32 {
        ((c.0 as u32) << 16) | ((c.1 as u32) << 8) | c.2 as u32
    }
}

#[derive(Debug)]
struct Even(u32);

impl TryFrom<u32> for Even {
    type Error = String;
    fn try_from(v: u32) -> Result<Even, String> {
        if v % 2 == 0 { Ok(Even(v)) } else { Err(format!("{v} is odd")) }
    }
}

fn main() {
    let c: Rgb = 0x12ab34.into();
    println!("{:?}", c);
    let back: u32 = c.into();
    println!("{:#x}", back);
    println!("{:?}", Even::try_from(8));
    println!("{:?}", Even::try_from(7));
    let e: Result<Even, _> = 10u32.try_into();
    println!("{:?}", e);
    let s: String = "text".into();
    let boxed: Box<str> = s.clone().into();
    println!("{s} {boxed}");
    let v: Vec<u8> = "abc".into();
    println!("{:?}", v);
    let o: Option<i32> = 5.into();
    println!("{:?}", o);
}
