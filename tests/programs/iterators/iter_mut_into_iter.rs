//! iter, iter_mut and into_iter on Vec, arrays and slices.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter_mut() {
        *x *= 10;
    }
    println!("{:?}", v);
    for x in &mut v {
        *x += 1;
    }
    println!("{:?}", v);
    let mut total = 0;
    for x in &v {
        total += x;
    }
    println!("{total}");
    let strings = vec![String::from("a"), String::from("b")];
    let mut joined = String::new();
    for s in strings {
        joined += &s;
    }
    println!("{joined}");
    let arr = [String::from("x"), String::from("y")];
    let lens: Vec<usize> = arr.into_iter().map(|s| s.len()).collect();
    println!("{:?}", lens);
    let mut grid = [[0u8; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r * 3 + c) as u8;
        }
    }
    println!("{:?}", grid);
}
