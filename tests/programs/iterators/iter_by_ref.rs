//! by_ref, partial consumption, cycle + take, repeat, once, empty, successors, from_fn.
fn main() {
    let mut it = 1..10;
    let first3: Vec<_> = it.by_ref().take(3).collect();
    let rest: Vec<_> = it.collect();
    println!("{:?} {:?}", first3, rest);
    let cyc: String = "ab".chars().cycle().take(5).collect();
    println!("{cyc}");
    let reps: Vec<_> = std::iter::repeat(7).take(3).collect();
    println!("{:?}", reps);
    let one: Vec<_> = std::iter::once(1).chain(std::iter::empty()).collect();
    println!("{:?}", one);
    let pows: Vec<u32> = std::iter::successors(Some(1u32), |x| x.checked_mul(10)).collect();
    println!("{:?}", pows);
    let mut n = 0;
    let counter: Vec<i32> = std::iter::from_fn(|| {
        n += 1;
        if n <= 4 { Some(n * n) } else { None }
    })
    .collect();
    println!("{:?}", counter);
}
