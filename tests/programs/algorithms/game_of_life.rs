//! Conway's game of life on a small torus, printed for a few generations.
const W: usize = 10;
const H: usize = 8;

fn step(g: &[[bool; W]; H]) -> [[bool; W]; H] {
    let mut n = [[false; W]; H];
    for y in 0..H {
        for x in 0..W {
            let mut count = 0;
            for dy in [H - 1, 0, 1] {
                for dx in [W - 1, 0, 1] {
                    if dy == 0 && dx == 0 {
                        continue;
                    }
                    if g[(y + dy) % H][(x + dx) % W] {
                        count += 1;
                    }
                }
            }
            n[y][x] = matches!((g[y][x], count), (true, 2) | (true, 3) | (false, 3));
        }
    }
    n
}

fn show(g: &[[bool; W]; H]) {
    for row in g {
        println!("{}", row.iter().map(|c| if *c { '#' } else { '.' }).collect::<String>());
    }
}

fn main() {
    let mut g = [[false; W]; H];
    for (x, y) in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (6, 5), (7, 5), (8, 5)] {
        g[y][x] = true;
    }
    for generation in 0..4 {
        println!("gen {generation}:");
        show(&g);
        g = step(&g);
    }
    let alive: usize = g.iter().map(|r| r.iter().filter(|c| **c).count()).sum();
    println!("alive after 4: {alive}");
}
