fn neighbors(g: &[Vec<bool>], r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in [-1i32, 0, 1] { for dc in [-1i32, 0, 1] {
        if dr == 0 && dc == 0 { continue; }
        let (nr, nc) = (r as i32 + dr, c as i32 + dc);
        if nr >= 0 && nc >= 0 && (nr as usize) < g.len() && (nc as usize) < g[0].len() && g[nr as usize][nc as usize] { n += 1; }
    }}
    n
}
fn step(g: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    (0..g.len()).map(|r| (0..g[0].len()).map(|c| matches!((g[r][c], neighbors(g, r, c)), (true, 2) | (_, 3))).collect()).collect()
}
fn show(g: &[Vec<bool>]) { for row in g { println!("{}", row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>()); } }

fn main() {
    let mut g = vec![vec![false; 6]; 6];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] { g[r][c] = true; }
    for generation in 0..3 { println!("gen {}", generation); show(&g); g = step(&g); }
    let mut m = [[0i32; 4]; 3];
    for (i, row) in m.iter_mut().enumerate() { for (j, v) in row.iter_mut().enumerate() { *v = (i * 4 + j) as i32; } }
    println!("{:?}", m);
    let col_sums: Vec<i32> = (0..4).map(|j| m.iter().map(|r| r[j]).sum()).collect();
    println!("{:?}", col_sums);
    let flat: Vec<i32> = m.iter().flatten().copied().filter(|x| x % 5 == 0).collect();
    println!("{:?}", flat);
    let mut spiral = vec![];
    let (mut top, mut bot, mut left, mut right) = (0i32, 2i32, 0i32, 3i32);
    while top <= bot && left <= right {
        for j in left..=right { spiral.push(m[top as usize][j as usize]); } top += 1;
        for i in top..=bot { spiral.push(m[i as usize][right as usize]); } right -= 1;
        if top <= bot { for j in (left..=right).rev() { spiral.push(m[bot as usize][j as usize]); } bot -= 1; }
        if left <= right { for i in (top..=bot).rev() { spiral.push(m[i as usize][left as usize]); } left += 1; }
    }
    println!("{:?}", spiral);
    let mut jag: Vec<Vec<String>> = Vec::new();
    for i in 0..4 { jag.push((0..i).map(|j| format!("{}{}", i, j)).collect()); }
    println!("{:?}", jag);
    jag.retain(|r| !r.is_empty());
    jag[0].push("new".into());
    println!("{:?} {}", jag, jag.iter().map(Vec::len).sum::<usize>());
}
