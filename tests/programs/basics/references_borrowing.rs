//! Shared and mutable references: passing, reborrowing, returning references into structures.
fn largest_mut(v: &mut [i32]) -> &mut i32 {
    let mut idx = 0;
    for i in 1..v.len() {
        if v[i] > v[idx] {
            idx = i;
        }
    }
    &mut v[idx]
}

fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn append_twice(s: &mut String, part: &str) {
    s.push_str(part);
    let again: &mut String = &mut *s;
    again.push_str(part);
}

fn main() {
    let mut v = vec![3, 9, 4];
    *largest_mut(&mut v) = 0;
    println!("{:?} {}", v, total(&v));
    let r1 = &v;
    let r2 = &v;
    println!("{} {}", r1.len(), r2[0]);
    let mut s = String::from(">");
    append_twice(&mut s, "ab");
    println!("{s}");
    let mut x = 1;
    {
        let m = &mut x;
        *m += 1;
        let mm = &mut *m;
        *mm *= 10;
    }
    println!("{x}");
    let pair = (String::from("left"), String::from("right"));
    let (ref a, ref b) = pair;
    println!("{} {}", a.len(), b);
    let nested = &&&x;
    println!("{}", ***nested + 1);
}
