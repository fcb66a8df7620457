//! Binding modes: ref, ref mut, @ bindings, default binding through references.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Account { owner: "ann".to_string(), balance: 10 };
    {
        let Account { owner, balance } = &mut acct;
        owner.push_str("ie");
        *balance += 5;
    }
    println!("{:?}", acct);
    let Account { ref owner, .. } = acct;
    println!("{owner}");
    match acct.balance {
        b @ 0..=9 => println!("low {b}"),
        b @ 10..=99 => println!("mid {b}"),
        b => println!("high {b}"),
    }
    let mut pair = (1, String::from("x"));
    let (ref mut n, ref s) = pair;
    *n += s.len() as i32;
    println!("{:?}", pair);
    let opt = Some(String::from("owned"));
    match &opt {
        Some(s) if s.len() > 3 => println!("long {s}"),
        Some(s) => println!("short {s}"),
        None => {}
    }
    println!("{:?}", opt);
}
