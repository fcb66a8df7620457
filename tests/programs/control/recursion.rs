//! Recursion: fibonacci, ackermann, mutual recursion, towers of hanoi.
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ackermann(m - 1, 1),
        (m, n) => ackermann(m - 1, ackermann(m, n - 1)),
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut Vec<(char, char)>) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    moves.push((from, to));
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    println!("{}", fib(20));
    println!("{}", ackermann(2, 3));
    println!("{} {}", is_even(10), is_odd(7));
    let mut moves = Vec::new();
    hanoi(4, 'A', 'C', 'B', &mut moves);
    println!("{} moves", moves.len());
    println!("{:?}", &moves[..5]);
}
