use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct Mine(u8);
impl fmt::Display for Mine { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "mine {}", self.0) } }
impl Error for Mine {}
fn main() {
    let e: Box<dyn Error> = Box::new(Mine(7));
    match e.downcast::<Mine>() { Ok(m) => println!("got {} {:?}", m, m), Err(_) => println!("no") }
    let e: Box<dyn Error + Send + Sync> = Box::new(Mine(8));
    match e.downcast::<std::fmt::Error>() { Ok(_) => println!("wrong"), Err(e) => println!("kept {}", e) }
}
