//! Dijkstra's shortest paths with a binary heap implemented by hand (no std collections).
struct MinHeap {
    d: Vec<(u32, usize)>,
}

impl MinHeap {
    fn push(&mut self, x: (u32, usize)) {
        self.d.push(x);
        let mut i = self.d.len() - 1;
        while i > 0 && self.d[(i - 1) / 2] > self.d[i] {
            self.d.swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }
    fn pop(&mut self) -> Option<(u32, usize)> {
        if self.d.is_empty() {
            return None;
        }
        let last = self.d.len() - 1;
        self.d.swap(0, last);
        let top = self.d.pop();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut m = i;
            if l < self.d.len() && self.d[l] < self.d[m] {
                m = l;
            }
            if r < self.d.len() && self.d[r] < self.d[m] {
                m = r;
            }
            if m == i {
                break;
            }
            self.d.swap(i, m);
            i = m;
        }
        top
    }
}

fn main() {
    let n = 6;
    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    let mut adj: Vec<Vec<(usize, u32)>> = vec![Vec::new(); n];
    for &(a, b, w) in &edges {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let mut dist = vec![u32::MAX; n];
    let mut prev = vec![usize::MAX; n];
    let mut h = MinHeap { d: Vec::new() };
    dist[0] = 0;
    h.push((0, 0));
    while let Some((d, u)) = h.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if nd < dist[v] {
                dist[v] = nd;
                prev[v] = u;
                h.push((nd, v));
            }
        }
    }
    println!("{:?}", dist);
    let mut path = vec![4];
    while *path.last().unwrap() != 0 {
        path.push(prev[*path.last().unwrap()]);
    }
    path.reverse();
    println!("{:?}", path);
}
