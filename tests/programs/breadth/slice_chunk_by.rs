fn main() {
    let v = [1, 1, 2, 3, 3, 3, 2, 2, 5];
    for g in v.chunk_by(|a, b| a == b) { print!("{:?} ", g); }
    println!();
    let runs: Vec<(i32, usize)> = v.chunk_by(|a, b| a == b).map(|g| (g[0], g.len())).collect();
    println!("{:?}", runs);
    let asc: Vec<&[i32]> = v.chunk_by(|a, b| a <= b).collect();
    println!("{:?}", asc);
    println!("{:?}", v.chunk_by(|a, b| a == b).rev().map(|g| g.len()).collect::<Vec<_>>());
    let encoded: String = "aaabccdddd".as_bytes().chunk_by(|a, b| a == b).map(|g| format!("{}{}", g.len(), g[0] as char)).collect();
    println!("{}", encoded);
    println!("{:?} {:?}", v.first_chunk::<3>(), v.last_chunk::<2>());
    println!("{:?}", v.first_chunk::<20>());
    let empty: [i32; 0] = [];
    println!("{}", empty.chunk_by(|a, b| a == b).count());
    let words = ["apple", "avocado", "banana", "blueberry", "cherry"];
    for g in words.chunk_by(|a, b| a.as_bytes()[0] == b.as_bytes()[0]) { println!("{} {:?}", &g[0][..1], g); }
}
