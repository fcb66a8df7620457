//! Enums holding Option, Box and Vec payloads; matching on them and updating in place.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Empty,
    Wall,
    Item(Option<String>),
    Stack(Vec<u8>),
}

fn describe(c: &Cell) -> String {
    match c {
        Cell::Empty => "empty".into(),
        Cell::Wall => "wall".into(),
        Cell::Item(None) => "unknown item".into(),
        Cell::Item(Some(name)) => format!("item {name}"),
        Cell::Stack(v) if v.is_empty() => "empty stack".into(),
        Cell::Stack(v) => format!("stack of {} (top {})", v.len(), v[v.len() - 1]),
    }
}

fn main() {
    let mut grid = vec![Cell::Empty, Cell::Wall, Cell::Item(None), Cell::Item(Some("key".into())), Cell::Stack(vec![])];
    for c in &grid {
        println!("{}", describe(c));
    }
    for c in grid.iter_mut() {
        match c {
            Cell::Stack(v) => v.extend_from_slice(&[1, 2, 3]),
            Cell::Item(slot @ None) => *slot = Some("coin".into()),
            _ => {}
        }
    }
    println!("{:?}", grid);
    println!("{}", grid.iter().filter(|c| **c != Cell::Empty).count());
}
