//! Backtracking: N-queens solution counts and the first solution for n = 8.
fn solve(n: usize, row: usize, cols: &mut Vec<usize>, count: &mut u32, first: &mut Option<Vec<usize>>) {
    if row == n {
        *count += 1;
        if first.is_none() {
            *first = Some(cols.clone());
        }
        return;
    }
    for c in 0..n {
        let ok = cols.iter().enumerate().all(|(r, &cc)| cc != c && (row - r) != c.abs_diff(cc));
        if ok {
            cols.push(c);
            solve(n, row + 1, cols, count, first);
            cols.pop();
        }
    }
}

fn main() {
    for n in 1..=8 {
        let mut count = 0;
        let mut first = None;
        solve(n, 0, &mut Vec::new(), &mut count, &mut first);
        println!("n={n}: {count} solutions");
        if n == 8 {
            let sol = first.unwrap();
            for c in sol {
                println!("{}", (0..8).map(|i| if i == c { 'Q' } else { '.' }).collect::<String>());
            }
        }
    }
}
