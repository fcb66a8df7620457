//! Binary search variants: exact, lower bound, upper bound, and on a monotone predicate.
fn lower_bound(v: &[i32], x: i32) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn upper_bound(v: &[i32], x: i32) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n.min(1 << 32) + 1);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n { lo = mid } else { hi = mid }
    }
    lo
}

fn main() {
    let v = [1, 3, 3, 3, 5, 8, 13, 21];
    for x in [0, 3, 4, 21, 22] {
        println!("{x}: lower {} upper {} count {}", lower_bound(&v, x), upper_bound(&v, x), upper_bound(&v, x) - lower_bound(&v, x));
    }
    for n in [0, 1, 15, 16, 1_000_000, 999_999_999_999] {
        println!("isqrt({n}) = {}", isqrt(n));
    }
}
