//! slice::from_raw_parts(_mut), as_ptr, as_mut_ptr and pointer arithmetic over slices.
fn main() {
    let mut data = [1u16, 2, 3, 4, 5, 6];
    let p = data.as_ptr();
    let tail = unsafe { std::slice::from_raw_parts(p.add(2), 3) };
    println!("{:?}", tail);
    let mp = data.as_mut_ptr();
    let window = unsafe { std::slice::from_raw_parts_mut(mp.add(1), 4) };
    for x in window.iter_mut() {
        *x *= 100;
    }
    println!("{:?}", data);
    let s = "pointer";
    let sp = s.as_ptr();
    let sub = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(sp.add(2), 3)) };
    println!("{sub}");
    let empty: &[u64] = unsafe { std::slice::from_raw_parts(std::ptr::NonNull::dangling().as_ptr(), 0) };
    println!("{:?}", empty);
}
