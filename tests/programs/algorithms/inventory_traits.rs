//! An inventory system: trait objects for items, generic containers, sorting and reports.
trait Item {
    fn name(&self) -> String;
    fn weight(&self) -> u32;
    fn value(&self) -> u32;
}

struct Weapon {
    kind: &'static str,
    damage: u32,
}
struct Potion {
    hp: u32,
}
struct Gold(u32);

impl Item for Weapon {
    fn name(&self) -> String {
        format!("{} (+{})", self.kind, self.damage)
    }
    fn weight(&self) -> u32 {
        10 + self.damage / 2
    }
    fn value(&self) -> u32 {
        self.damage * 15
    }
}
impl Item for Potion {
    fn name(&self) -> String {
        format!("potion of {} hp", self.hp)
    }
    fn weight(&self) -> u32 {
        1
    }
    fn value(&self) -> u32 {
        self.hp * 2
    }
}
impl Item for Gold {
    fn name(&self) -> String {
        format!("{} gold", self.0)
    }
    fn weight(&self) -> u32 {
        self.0 / 100
    }
    fn value(&self) -> u32 {
        self.0
    }
}

struct Bag {
    cap: u32,
    items: Vec<Box<dyn Item>>,
}

impl Bag {
    fn add(&mut self, it: Box<dyn Item>) -> Result<(), String> {
        let w: u32 = self.items.iter().map(|i| i.weight()).sum();
        if w + it.weight() > self.cap {
            return Err(format!("{} is too heavy ({} + {} > {})", it.name(), w, it.weight(), self.cap));
        }
        self.items.push(it);
        Ok(())
    }
}

fn main() {
    let mut bag = Bag { cap: 40, items: Vec::new() };
    let loot: Vec<Box<dyn Item>> = vec![
        Box::new(Weapon { kind: "sword", damage: 12 }),
        Box::new(Potion { hp: 25 }),
        Box::new(Gold(950)),
        Box::new(Weapon { kind: "axe", damage: 20 }),
        Box::new(Potion { hp: 5 }),
    ];
    for it in loot {
        if let Err(e) = bag.add(it) {
            println!("skip: {e}");
        }
    }
    bag.items.sort_by(|a, b| b.value().cmp(&a.value()).then_with(|| a.name().cmp(&b.name())));
    for it in &bag.items {
        println!("{:<20} w={:>3} v={:>4}", it.name(), it.weight(), it.value());
    }
    let total: u32 = bag.items.iter().map(|i| i.value()).sum();
    println!("total value {total}");
}
