#[derive(Debug)]
enum E { NotFound { id: u32 }, Other(String) }
fn find(id: u32) -> Result<&'static str, E> {
    match id { 1 => Ok("one"), 2 => Err(E::Other("two".into())), _ => Err(E::NotFound { id }) }
}
fn main() {
    println!("{}", find(1).unwrap());
    println!("{:?}", find(2));
    let x = find(7).unwrap();
    println!("{}", x);
}
