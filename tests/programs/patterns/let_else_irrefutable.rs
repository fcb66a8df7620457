//! let-else, irrefutable patterns in function params and closures.
fn parse_kv(s: &str) -> Option<(&str, i32)> {
    let Some((k, v)) = s.split_once('=') else {
        return None;
    };
    let Ok(n) = v.parse::<i32>() else {
        return None;
    };
    Some((k, n))
}

fn dist(&(x1, y1): &(i32, i32), &(x2, y2): &(i32, i32)) -> i32 {
    (x1 - x2).abs() + (y1 - y2).abs()
}

fn main() {
    for s in ["a=1", "b=x", "c", "dd=-42"] {
        println!("{:?}", parse_kv(s));
    }
    println!("{}", dist(&(0, 0), &(3, -4)));
    let pts = [(1, 2), (3, 4)];
    let sum: i32 = pts.iter().map(|&(a, b)| a * b).sum();
    println!("{sum}");
}
