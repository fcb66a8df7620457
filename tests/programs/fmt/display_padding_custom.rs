//! Custom Display impls honouring width/alignment via Formatter::pad and flags.
use std::fmt;

struct Tag(&'static str);

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Hexy(u32);

impl fmt::Display for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "0x{:08X}", self.0)
        } else {
            write!(f, "{:x}", self.0)
        }
    }
}

struct List(Vec<i32>);

impl fmt::Debug for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}

struct Pt {
    x: i32,
    y: i32,
}

impl fmt::Debug for Pt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Pt").field("x", &self.x).field("y", &self.y).finish()
    }
}

fn main() {
    println!("[{:>8}] [{:<8}] [{:^8}]", Tag("ab"), Tag("cd"), Tag("ef"));
    println!("{} {:#}", Hexy(48879), Hexy(48879));
    println!("{:?}", List(vec![1, 2, 3]));
    println!("{:#?}", List(vec![4]));
    println!("{:?}", Pt { x: 1, y: -1 });
    println!("{:#?}", Pt { x: 0, y: 9 });
}
