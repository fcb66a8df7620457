use std::fmt;

#[derive(Debug)]
struct MyErr { code: u32 }
impl fmt::Display for MyErr { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "code {}", self.code) } }
impl std::error::Error for MyErr {}

fn step(i: u32) -> Result<u32, MyErr> { if i == 3 { Err(MyErr { code: 7 }) } else { Ok(i) } }

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for i in 0..5 {
        let v = step(i)?;
        println!("step {}", v);
    }
    Ok(())
}
