use std::mem;

#[derive(Debug, Default)]
struct Buf { data: Vec<u8>, name: String }

#[derive(Debug)]
enum State { Idle, Running(Vec<u32>), Done(u32) }

impl State {
    fn advance(&mut self) {
        *self = match mem::replace(self, State::Idle) {
            State::Idle => State::Running(vec![]),
            State::Running(mut v) => { v.push(v.len() as u32); if v.len() >= 3 { State::Done(v.iter().sum()) } else { State::Running(v) } }
            State::Done(n) => State::Done(n),
        };
    }
}

fn main() {
    let mut b = Buf { data: vec![1, 2, 3], name: "b".into() };
    let taken = mem::take(&mut b.data);
    println!("{:?} {:?}", taken, b);
    let old = mem::replace(&mut b.name, "new".to_string());
    println!("{} {}", old, b.name);
    let mut x = vec![1];
    let mut y = vec![2, 3];
    mem::swap(&mut x, &mut y);
    println!("{:?} {:?}", x, y);
    let mut arr = [1, 2, 3, 4, 5];
    arr.swap(0, 4);
    arr[1..4].reverse();
    println!("{:?}", arr);
    let mut s = State::Idle;
    for _ in 0..6 { s.advance(); println!("{:?}", s); }
    let mut o = Some(5);
    let t = o.take();
    println!("{:?} {:?}", o, t);
    let mut o2 = Some(1);
    let prev = o2.replace(2);
    println!("{:?} {:?}", prev, o2);
    let mut v = None;
    *v.get_or_insert(0) += 7;
    println!("{:?}", v);
    println!("{} {}", mem::size_of::<u64>(), mem::align_of::<u32>());
    println!("{} {}", mem::size_of::<(u8, u32)>(), mem::size_of::<[u16; 5]>());
    let mut words = vec!["a".to_string(), "b".to_string()];
    let w0 = mem::take(&mut words[0]);
    println!("{:?} {:?}", w0, words);
    let mut a = 1; let mut bb = 2;
    mem::swap(&mut a, &mut bb);
    println!("{} {}", a, bb);
}
