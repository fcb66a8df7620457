struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }

fn get(v: &[i32], i: usize) -> i32 { v[i] }

fn main() {
    let _d = D("outer");
    let v = vec![1, 2, 3];
    println!("{}", get(&v, 2));
    let _e = D("inner");
    println!("{}", get(&v, 10));
    println!("unreachable");
}
