//! Dropping Box<dyn Trait> runs the concrete type's Drop; size_of_val through dyn.
trait Task {
    fn run(&self) -> u32;
}

struct Small(u8);
struct Big([u64; 4]);

impl Task for Small {
    fn run(&self) -> u32 {
        self.0 as u32
    }
}
impl Task for Big {
    fn run(&self) -> u32 {
        self.0.iter().sum::<u64>() as u32
    }
}

impl Drop for Small {
    fn drop(&mut self) {
        println!("drop Small({})", self.0);
    }
}
impl Drop for Big {
    fn drop(&mut self) {
        println!("drop Big");
    }
}

fn main() {
    let tasks: Vec<Box<dyn Task>> = vec![Box::new(Small(3)), Box::new(Big([1, 2, 3, 4]))];
    for t in &tasks {
        println!("{} (size {})", t.run(), std::mem::size_of_val(t.as_ref()));
    }
    drop(tasks);
    let single: Box<dyn Task> = Box::new(Small(9));
    println!("{}", single.run());
    println!("end");
}
