//! An enum-driven inventory with methods that consume and produce variants.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    Empty,
    Stack { name: &'static str, count: u32 },
}

impl Item {
    fn add(self, name: &'static str, n: u32) -> Item {
        match self {
            Item::Empty => Item::Stack { name, count: n },
            Item::Stack { name: existing, count } if existing == name => Item::Stack { name, count: count + n },
            other => other,
        }
    }

    fn take(&mut self, n: u32) -> u32 {
        match self {
            Item::Stack { count, .. } if *count > n => {
                *count -= n;
                n
            }
            Item::Stack { count, .. } => {
                let got = *count;
                *self = Item::Empty;
                got
            }
            Item::Empty => 0,
        }
    }
}

fn main() {
    let mut slot = Item::Empty.add("apple", 3).add("apple", 4).add("pear", 1);
    println!("{:?}", slot);
    println!("took {}", slot.take(5));
    println!("{:?}", slot);
    println!("took {}", slot.take(5));
    println!("{:?} {}", slot, slot == Item::Empty);
}
