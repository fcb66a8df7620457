fn sum(v: &[i32]) -> i32 {
    let mut total = 0;
    for x in v {
        total += *x;
    }
    total
}

fn count() -> u32 {
    let mut n = 0;
    for i in 0..10 {
        if i == 5 {
            continue;
        }
        n += 1;
    }
    n
}

fn main() {
    let a = [1, 2, 3];
    let _ = sum(&a);
    let _ = count();
}
