//! Labeled block breaks and loop values.
fn find(grid: &[[i32; 3]; 3], target: i32) -> Option<(usize, usize)> {
    let pos = 'search: {
        for (r, row) in grid.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if *v == target {
                    break 'search Some((r, c));
                }
            }
        }
        None
    };
    pos
}

fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{:?}", find(&grid, 6));
    println!("{:?}", find(&grid, 10));
    let mut count = 0;
    let v = loop {
        count += 3;
        if count > 10 {
            break count * 2;
        }
    };
    println!("{v}");
}
