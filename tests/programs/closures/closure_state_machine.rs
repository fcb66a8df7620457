//! Closures stored in a Vec and called in sequence to transform a value (a tiny pipeline).
fn main() {
    let factor = 3;
    let mut stages: Vec<Box<dyn Fn(i64) -> i64>> = Vec::new();
    stages.push(Box::new(|x| x + 1));
    stages.push(Box::new(move |x| x * factor));
    stages.push(Box::new(|x| x - 4));
    stages.push(Box::new(|x| if x % 2 == 0 { x / 2 } else { x }));
    for start in [0, 5, 10] {
        let mut v = start;
        let mut trace = vec![v];
        for s in &stages {
            v = s(v);
            trace.push(v);
        }
        println!("{:?}", trace);
    }
    let result = stages.iter().fold(100, |acc, f| f(acc));
    println!("{result}");
}
