fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    Vec::push(&mut v, v.len());
    let mut s = String::new();
    s += "x";
}
