//! Drop: order of drops for locals, struct fields, vectors, moves and mem::drop.
struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    _a: Loud,
    _b: Loud,
}

fn consume(l: Loud) {
    println!("consuming {}", l.0);
}

fn main() {
    let _x = Loud(1);
    let y = Loud(2);
    consume(y);
    let h = Holder { _a: Loud(3), _b: Loud(4) };
    let v = vec![Loud(5), Loud(6)];
    drop(h);
    println!("after holder");
    let moved = v;
    println!("len {}", moved.len());
    let mut slot = Loud(7);
    slot = Loud(8);
    println!("reassigned to {}", slot.0);
    let opt = Some(Loud(9));
    if let Some(l) = opt {
        println!("got {}", l.0);
    }
    println!("end of main");
}
