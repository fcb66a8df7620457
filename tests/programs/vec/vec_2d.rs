//! Vec<Vec<T>>: building a multiplication table and Pascal's triangle.
fn main() {
    let n = 5;
    let table: Vec<Vec<u32>> = (1..=n).map(|i| (1..=n).map(|j| i * j).collect()).collect();
    for row in &table {
        println!("{}", row.iter().map(|x| format!("{x:3}")).collect::<String>());
    }
    let mut pascal: Vec<Vec<u64>> = vec![vec![1]];
    for i in 1..10 {
        let prev = &pascal[i - 1];
        let mut row = vec![1u64];
        for w in prev.windows(2) {
            row.push(w[0] + w[1]);
        }
        row.push(1);
        pascal.push(row);
    }
    println!("{:?}", pascal[9]);
    println!("{}", pascal.iter().map(|r| r.len()).sum::<usize>());
}
