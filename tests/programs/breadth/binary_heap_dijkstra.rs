use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, BTreeMap};

#[derive(Debug, PartialEq, Eq)]
struct State { cost: u32, node: usize }
impl Ord for State {
    fn cmp(&self, o: &Self) -> Ordering { o.cost.cmp(&self.cost).then_with(|| self.node.cmp(&o.node)) }
}
impl PartialOrd for State { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }

fn dijkstra(adj: &Vec<Vec<(usize, u32)>>, s: usize) -> Vec<Option<u32>> {
    let mut dist: Vec<Option<u32>> = vec![None; adj.len()];
    let mut h = BinaryHeap::new();
    dist[s] = Some(0);
    h.push(State { cost: 0, node: s });
    while let Some(State { cost, node }) = h.pop() {
        if let Some(d) = dist[node] { if cost > d { continue; } }
        for &(nx, w) in &adj[node] {
            let nc = cost + w;
            if dist[nx].map_or(true, |d| nc < d) { dist[nx] = Some(nc); h.push(State { cost: nc, node: nx }); }
        }
    }
    dist
}

fn main() {
    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    let mut adj = vec![Vec::new(); 7];
    for &(a, b, w) in &edges { adj[a].push((b, w)); adj[b].push((a, w)); }
    for (i, d) in dijkstra(&adj, 0).iter().enumerate() {
        match d { Some(d) => println!("node {} dist {:>3}", i, d), None => println!("node {} unreachable", i) }
    }
    let mut h = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("peek {:?} len {}", h.peek(), h.len());
    let mut out = vec![];
    while let Some(x) = h.pop() { out.push(x); }
    println!("{:?}", out);
    let mut mh = BinaryHeap::new();
    for w in ["pear", "fig", "apple", "kiwi"] { mh.push(Reverse((w.len(), w))); }
    while let Some(Reverse((l, w))) = mh.pop() { print!("{}:{} ", w, l); }
    println!();
    let sorted = BinaryHeap::from(vec![5, 3, 8]).into_sorted_vec();
    println!("{:?}", sorted);
    let mut tasks: BTreeMap<u8, Vec<&str>> = BTreeMap::new();
    for (p, t) in [(2, "write"), (1, "plan"), (2, "test"), (3, "ship")] { tasks.entry(p).or_default().push(t); }
    for (p, ts) in &tasks { println!("p{} {}", p, ts.join("/")); }
    println!("{:?}", tasks.range(2..).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?} {:?}", tasks.first_key_value(), tasks.last_key_value().map(|(k, _)| k));
}
