//! todo! and unimplemented! panic messages.
trait Codec {
    fn encode(&self) -> u8;
    fn decode(&self) -> u8 {
        unimplemented!("decode for this codec")
    }
}

struct A;
impl Codec for A {
    fn encode(&self) -> u8 {
        1
    }
}

fn main() {
    println!("{}", A.encode());
    println!("{}", A.decode());
}
