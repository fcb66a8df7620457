//! Option's common methods.
fn main() {
    let some: Option<i32> = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some, none);
    println!("{} {}", some.is_some(), none.is_none());
    println!("{}", some.unwrap());
    println!("{}", none.unwrap_or(7));
    println!("{}", none.unwrap_or_default());
    println!("{}", none.unwrap_or_else(|| 9));
    println!("{:?}", some.map(|x| x * 10));
    println!("{:?}", none.map(|x| x * 10));
    println!("{}", some.map_or(0, |x| x + 1));
    println!("{:?}", some.and_then(|x| if x > 3 { Some(x * 2) } else { None }));
    println!("{:?}", some.filter(|x| *x > 10));
    println!("{:?}", none.or(Some(1)));
    println!("{:?}", some.xor(Some(1)));
    println!("{:?}", some.zip(Some('a')));
    println!("{:?}", some.ok_or("missing"));
    println!("{:?}", none.ok_or("missing"));
    let mut slot = Some(3);
    println!("{:?} {:?}", slot.take(), slot);
    println!("{:?} {:?}", slot.replace(8), slot);
    println!("{}", slot.get_or_insert(1));
    if let Some(v) = slot.as_mut() {
        *v += 100;
    }
    println!("{:?}", slot);
    let name: Option<String> = Some("abc".to_string());
    println!("{:?}", name.as_deref());
    println!("{}", name.as_ref().map(|s| s.len()).unwrap_or(0));
    println!("{:?}", Some(Some(5)).flatten());
    println!("{}", some.is_some_and(|x| x % 2 == 0));
    println!("{:?}", some.expect("has a value"));
    let v: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", v);
}
