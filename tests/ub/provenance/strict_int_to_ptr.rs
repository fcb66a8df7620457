//@ compile-flags: -Zmiri-strict-provenance
//! Under strict provenance an integer-to-pointer cast yields a pointer without provenance.
fn main() {
    let x = 5u32;
    let addr = &x as *const u32 as usize;
    let p = addr as *const u32;
    let v = unsafe { *p }; //~ ERROR no provenance
    println!("{v}");
}
