//! process::exit called from inside a closure passed to an iterator adapter.
fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut seen = 0;
    data.iter().for_each(|x| {
        seen += 1;
        println!("{x}");
        if *x == 9 {
            eprintln!("found 9 after {seen} items");
            std::process::exit(9);
        }
    });
}
