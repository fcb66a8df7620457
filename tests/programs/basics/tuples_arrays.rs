//! Tuples and arrays: construction, indexing, nesting, Debug output.
fn main() {
    let t = (1u8, -2i16, 'c', true, "str");
    println!("{:?}", t);
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let nested = ((1, 2), [3, 4], (5,));
    println!("{:?}", nested);
    let mut arr = [0i32; 6];
    for i in 0..arr.len() {
        arr[i] = (i * i) as i32;
    }
    println!("{:?}", arr);
    let grid = [[1, 2, 3], [4, 5, 6]];
    let mut sum = 0;
    for row in grid.iter() {
        for v in row {
            sum += v;
        }
    }
    println!("grid = {:?}, sum = {}", grid, sum);
    let empty: [u32; 0] = [];
    println!("{:?} {}", empty, empty.len());
    let strs = ["a", "bc", "def"];
    println!("{:?}", strs);
    let first = arr[0];
    let last = arr[arr.len() - 1];
    println!("first={first} last={last}");
}
