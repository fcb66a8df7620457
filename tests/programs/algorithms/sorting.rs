//! Classic sorting algorithms on the same input: insertion, selection, merge, quick, heap.
fn insertion(v: &mut [i32]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn selection(v: &mut [i32]) {
    for i in 0..v.len() {
        let mut m = i;
        for j in i + 1..v.len() {
            if v[j] < v[m] {
                m = j;
            }
        }
        v.swap(i, m);
    }
}

fn merge_sort(v: &[i32]) -> Vec<i32> {
    if v.len() <= 1 {
        return v.to_vec();
    }
    let (l, r) = v.split_at(v.len() / 2);
    let (l, r) = (merge_sort(l), merge_sort(r));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if l[i] <= r[j] {
            out.push(l[i]);
            i += 1;
        } else {
            out.push(r[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

fn quick(v: &mut [i32]) {
    if v.len() <= 1 {
        return;
    }
    let pivot = v[v.len() - 1];
    let mut store = 0;
    for i in 0..v.len() - 1 {
        if v[i] < pivot {
            v.swap(i, store);
            store += 1;
        }
    }
    let last = v.len() - 1;
    v.swap(store, last);
    let (l, r) = v.split_at_mut(store);
    quick(l);
    quick(&mut r[1..]);
}

fn sift_down(v: &mut [i32], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            break;
        }
        v.swap(root, child);
        root = child;
    }
}

fn heap_sort(v: &mut [i32]) {
    let n = v.len();
    for i in (0..n / 2).rev() {
        sift_down(v, i, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

fn main() {
    let mut seed = 12345u32;
    let input: Vec<i32> = (0..40)
        .map(|_| {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            ((seed >> 16) % 200) as i32 - 100
        })
        .collect();
    println!("{:?}", input);
    let mut a = input.clone();
    insertion(&mut a);
    let mut b = input.clone();
    selection(&mut b);
    let c = merge_sort(&input);
    let mut d = input.clone();
    quick(&mut d);
    let mut e = input.clone();
    heap_sort(&mut e);
    let mut reference = input.clone();
    reference.sort();
    println!("{:?}", a);
    println!("{}", [&a, &b, &c, &d, &e].iter().all(|x| **x == reference));
}
