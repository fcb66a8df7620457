fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{}", x);
    }
    let x = x.to_string() + "!";
    println!("{}", x);
    let mut found = None;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 { found = Some((i, j)); break 'outer; }
            if j > i { continue 'outer; }
        }
    }
    println!("{:?}", found);
    let mut n = 0u32;
    let r = loop {
        n += 1;
        if n * n > 200 { break n; }
    };
    println!("{}", r);
    let v = 'blk: {
        if r % 2 == 0 { break 'blk "even"; }
        "odd"
    };
    println!("{}", v);
    let mut count = 0;
    'a: loop {
        'b: loop {
            count += 1;
            if count % 3 == 0 { break 'b; }
            if count > 10 { break 'a; }
        }
        print!("{} ", count);
    }
    println!();
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
        if top == 2 { stack.push(10); stack.push(20); }
        if stack.len() > 5 { break; }
    }
    println!();
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let mut total = 0;
    for row in &grid { for &c in row.iter().rev() { if c == 5 { continue; } total += c; } }
    println!("{}", total);
    let data = [4, 8, 15, 16, 23, 42];
    for (i, d) in data.iter().rev().enumerate() { print!("{}:{} ", i, d); }
    println!();
    for i in (0..10).rev().step_by(3) { print!("{} ", i); }
    println!();
    let t = if let Some(&last) = data.last() { last } else { 0 };
    let Some(first) = data.first() else { panic!() };
    println!("{} {}", t, first);
    let (mut a, mut b) = (1, 2);
    std::mem::swap(&mut a, &mut b);
    (a, b) = (b * 10, a * 10);
    println!("{} {}", a, b);
    let mut i = 10;
    while i > 0 { i -= 3; }
    println!("{}", i);
}
