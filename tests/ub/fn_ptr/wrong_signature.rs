//! Calling a function through a fn pointer of a different signature.
fn takes_two(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    let f: fn(u32, u32) -> u32 = takes_two;
    let g: fn(u64) -> u64 = unsafe { std::mem::transmute(f) };
    let r = g(5); //~ ERROR calling a function
    println!("{r}");
}
