//! Working with 2D data via slices of arrays and chunked flat vectors.
fn transpose(m: &[[i32; 3]; 3]) -> [[i32; 3]; 3] {
    let mut t = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn main() {
    let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{:?}", transpose(&m));
    let flat: Vec<i32> = (1..=12).collect();
    for row in flat.chunks_exact(4) {
        println!("{:?}", row);
    }
    let col_sums: Vec<i32> = (0..4).map(|c| flat.chunks(4).map(|r| r[c]).sum()).collect();
    println!("{:?}", col_sums);
    let diag: i32 = (0..3).map(|i| m[i][i]).sum();
    println!("{diag}");
}
