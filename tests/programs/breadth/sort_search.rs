#[derive(Debug, Clone, PartialEq)]
struct Person { name: String, age: u32, score: f64 }

fn main() {
    let mut people = vec![
        Person { name: "Zed".into(), age: 30, score: 88.5 },
        Person { name: "amy".into(), age: 25, score: 92.0 },
        Person { name: "Bob".into(), age: 30, score: 75.25 },
        Person { name: "cat".into(), age: 22, score: 92.0 },
    ];
    people.sort_by_key(|p| p.age);
    println!("{:?}", people.iter().map(|p| &p.name).collect::<Vec<_>>());
    people.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap().then_with(|| a.name.cmp(&b.name)));
    for p in &people { println!("{:<5}{:>4}{:>8.2}", p.name, p.age, p.score); }
    people.sort_by_key(|p| p.name.to_lowercase());
    println!("{:?}", people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>());
    people.sort_by_key(|p| std::cmp::Reverse(p.age));
    println!("{:?}", people.iter().map(|p| p.age).collect::<Vec<_>>());
    let mut v = vec![5, 2, 9, 1, 5, 6, 2, 8];
    v.sort();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&6), v.binary_search(&7));
    v.dedup();
    println!("{:?}", v);
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.reverse();
    println!("{:?} {}", v, v.contains(&9));
    println!("{:?}", v.iter().position(|&x| x == 8));
    let mut fl = vec![2.5, -1.0, 3.75, 0.0];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    fl.sort_by(f64::total_cmp);
    println!("{:?}", fl.iter().map(|x| format!("{:.1}", x)).collect::<Vec<_>>());
    let mut words = vec!["banana", "Apple", "cherry", "apple", "date"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| (w.len(), w.to_string()));
    println!("{:?}", words);
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    println!("{:?}", [3, 1, 2].iter().max());
    let mut bubble = [9, 4, 7, 1, 3];
    let n = bubble.len();
    for i in 0..n { for j in 0..n - 1 - i { if bubble[j] > bubble[j + 1] { bubble.swap(j, j + 1); } } }
    println!("{:?}", bubble);
    println!("{}", bubble.is_sorted());
    let chunks: Vec<Vec<i32>> = (1..=7).collect::<Vec<_>>().chunks(3).map(|c| c.to_vec()).collect();
    println!("{:?}", chunks);
    let w: Vec<i32> = [1, 2, 3, 4].windows(2).map(|w| w[0] * w[1]).collect();
    println!("{:?}", w);
    let (l, r) = [1, 2, 3, 4, 5].split_at(2);
    println!("{:?} {:?}", l, r);
    let mut rot = [1, 2, 3, 4, 5];
    rot.rotate_left(2);
    println!("{:?}", rot);
    println!("{:?}", [1, 5, 2].iter().copied().reduce(|a, b| a.max(b)));
    println!("{:?}", ["x", "y"].concat());
    println!("{:?}", [[1, 2], [3, 4]].concat());
    let mut vv = vec![1, 2, 3, 4, 5, 6];
    vv.retain(|x| x % 2 == 0);
    println!("{:?}", vv);
    let drained: Vec<i32> = vv.drain(..1).collect();
    println!("{:?} {:?}", drained, vv);
    vv.extend_from_slice(&[7, 8]);
    vv.insert(1, 100);
    let r0 = vv.remove(0);
    println!("{:?} {}", vv, r0);
    println!("{:?}", vv.split_off(2));
    println!("{:?} {:?}", vv.first(), vv.iter().rev().skip_while(|&&x| x > 10).next());
}
