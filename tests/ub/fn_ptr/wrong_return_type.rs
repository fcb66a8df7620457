//! Calling a fn returning u8 through a pointer claiming it returns a reference.
fn small() -> u8 {
    3
}

fn main() {
    let f: fn() -> u8 = small;
    let g: fn() -> &'static u64 = unsafe { std::mem::transmute(f) };
    let r = g(); //~ ERROR calling a function
    println!("{r}");
}
