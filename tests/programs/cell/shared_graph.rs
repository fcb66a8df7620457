//! Interior mutability in a small graph: nodes in a Vec with RefCell adjacency lists; BFS.
use std::cell::RefCell;

struct Graph {
    adj: Vec<RefCell<Vec<usize>>>,
}

impl Graph {
    fn new(n: usize) -> Self {
        Graph { adj: (0..n).map(|_| RefCell::new(Vec::new())).collect() }
    }
    fn edge(&self, a: usize, b: usize) {
        self.adj[a].borrow_mut().push(b);
        self.adj[b].borrow_mut().push(a);
    }
    fn bfs(&self, start: usize) -> Vec<usize> {
        let mut dist = vec![usize::MAX; self.adj.len()];
        let mut queue = vec![start];
        dist[start] = 0;
        let mut head = 0;
        while head < queue.len() {
            let u = queue[head];
            head += 1;
            for &v in self.adj[u].borrow().iter() {
                if dist[v] == usize::MAX {
                    dist[v] = dist[u] + 1;
                    queue.push(v);
                }
            }
        }
        dist
    }
}

fn main() {
    let g = Graph::new(7);
    for (a, b) in [(0, 1), (0, 2), (1, 3), (2, 4), (4, 5), (3, 5)] {
        g.edge(a, b);
    }
    let d = g.bfs(0);
    let shown: Vec<String> = d.iter().map(|x| if *x == usize::MAX { "-".to_string() } else { x.to_string() }).collect();
    println!("{}", shown.join(" "));
    println!("{:?}", g.adj[5].borrow());
}
