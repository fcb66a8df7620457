//! Edition-2021+ disjoint field capture: closures borrow only the fields they use.
struct Game {
    score: u32,
    log: Vec<String>,
    name: String,
}

fn main() {
    let mut g = Game { score: 0, log: Vec::new(), name: "pong".to_string() };
    let name_len = || g.name.len();
    let mut add = |pts: u32| {
        g.score += pts;
        g.log.push(format!("+{pts}"));
    };
    add(3);
    add(4);
    println!("{}", name_len());
    println!("{} {:?}", g.score, g.log);
}
