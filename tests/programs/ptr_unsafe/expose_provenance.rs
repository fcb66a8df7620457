//! expose_provenance / with_exposed_provenance round-trips and integer-address arithmetic.
fn main() {
    let arr = [10u16, 20, 30, 40];
    let p = arr.as_ptr();
    let addr = p.expose_provenance();
    let third = std::ptr::with_exposed_provenance::<u16>(addr + 2 * std::mem::size_of::<u16>());
    println!("{}", unsafe { *third });
    let mut x = 5u8;
    let a = (&mut x as *mut u8).expose_provenance();
    let q = std::ptr::with_exposed_provenance_mut::<u8>(a);
    unsafe {
        *q = 6;
    }
    println!("{x}");
    let as_int = p as usize;
    let back = as_int as *const u16;
    println!("{}", unsafe { *back.add(3) });
    println!("{}", (p.addr() % std::mem::align_of::<u16>()) == 0);
}
