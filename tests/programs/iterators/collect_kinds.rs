//! collect into Vec, String, Option<Vec>, Result<Vec>; unzip and partition.
fn main() {
    let s: String = vec!['h', 'e', 'y'].into_iter().collect();
    println!("{s}");
    let words: String = ["ab", "cd", "ef"].iter().map(|w| w.to_uppercase()).collect();
    println!("{words}");
    let parsed: Result<Vec<i32>, _> = "1,2,3".split(',').map(|x| x.parse::<i32>()).collect();
    println!("{:?}", parsed);
    let failed: Result<Vec<i32>, _> = "1,x,3".split(',').map(|x| x.parse::<i32>()).collect();
    println!("{}", failed.is_err());
    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", evens, odds);
    let (a, b): (Vec<i32>, Vec<char>) = vec![(1, 'x'), (2, 'y')].into_iter().unzip();
    println!("{:?} {:?}", a, b);
    let squares: Vec<u32> = (1..=5).map(|x| x * x).collect::<Vec<_>>();
    println!("{:?}", squares);
    let joined = squares.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("+");
    println!("{joined}");
}
