//! An event bus with Box<dyn FnMut> listeners.
struct Bus {
    listeners: Vec<Box<dyn FnMut(&str) -> bool>>,
}

impl Bus {
    fn emit(&mut self, ev: &str) -> usize {
        let mut handled = 0;
        for l in self.listeners.iter_mut() {
            if l(ev) {
                handled += 1;
            }
        }
        handled
    }
}

fn main() {
    let mut seen = 0;
    let mut bus = Bus { listeners: Vec::new() };
    bus.listeners.push(Box::new(|e| e.starts_with("key")));
    bus.listeners.push(Box::new(move |e| {
        seen += 1;
        println!("listener2 saw #{seen}: {e}");
        true
    }));
    for ev in ["keydown", "click", "keyup"] {
        println!("{ev}: {}", bus.emit(ev));
    }
}
