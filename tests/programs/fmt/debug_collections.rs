//! Debug formatting of slices, arrays of tuples, nested Options and Results, Box and references.
fn main() {
    let v: Vec<(u8, Option<&str>)> = vec![(1, Some("a")), (2, None)];
    println!("{:?}", v);
    println!("{:?}", &v[..1]);
    let r: Result<Vec<u8>, String> = Ok(vec![1]);
    let e: Result<(), String> = Err("bad".into());
    println!("{:?} {:?}", r, e);
    println!("{:?}", Box::new([1, 2]));
    println!("{:?}", &&5);
    println!("{:?}", [[0u8; 2]; 2]);
    println!("{:?}", Some(Some(None::<i32>)));
    println!("{:#?}", (vec![1], [Some('x')]));
    let s: &[&str] = &[];
    println!("{:?}", s);
    println!("{:?}", "a".cmp("b"));
}
