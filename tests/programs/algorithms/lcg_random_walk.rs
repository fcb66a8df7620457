//! A deterministic pseudo-random walk with a linear congruential generator and a histogram.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() {
    let mut rng = Lcg(42);
    let mut pos: i64 = 0;
    let mut min = 0;
    let mut max = 0;
    let mut hist = [0u32; 10];
    for _ in 0..1000 {
        pos += if rng.below(2) == 0 { -1 } else { 1 };
        min = min.min(pos);
        max = max.max(pos);
        hist[rng.below(10) as usize] += 1;
    }
    println!("final {pos}, range [{min}, {max}]");
    for (i, h) in hist.iter().enumerate() {
        println!("{i}: {:<3} {}", h, "#".repeat((*h / 10) as usize));
    }
    let mut deck: Vec<u32> = (1..=10).collect();
    for i in (1..deck.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        deck.swap(i, j);
    }
    println!("{:?}", deck);
}
