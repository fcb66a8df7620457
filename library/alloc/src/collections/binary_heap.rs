//! `BinaryHeap<T>`: a max-heap in a `Vec<T>`.
//!
//! The sift operations are the real std's (`sift_up`, `sift_down_range`, and `pop` through
//! `sift_down_to_bottom` followed by `sift_up`), so the internal order seen through `iter()`,
//! `into_vec()` or `{:?}` is the same as natively. Moving a "hole" and swapping give the same
//! arrangement; this model swaps.

use core::fmt;
use core::iter::FusedIterator;
use core::mem;
use core::slice;

use crate::vec::{self, Vec};

/// A priority queue implemented with a binary max-heap.
pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    /// An empty heap; does not allocate.
    pub const fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    /// An empty heap with room for exactly `capacity` elements.
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    /// Pushes an item.
    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }

    /// Removes and returns the greatest item.
    pub fn pop(&mut self) -> Option<T> {
        match self.data.pop() {
            None => None,
            Some(mut item) => {
                if !self.data.is_empty() {
                    mem::swap(&mut item, &mut self.data[0]);
                    self.sift_down_to_bottom(0);
                }
                Some(item)
            }
        }
    }

    /// Moves all items of `other` into `self`.
    pub fn append(&mut self, other: &mut Self) {
        let items = mem::replace(&mut other.data, Vec::new());
        for x in items {
            self.push(x);
        }
    }

    /// The items in ascending order.
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.into_vec()
    }

    /// Keeps only the items for which `f` returns true (then restores the heap).
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
        self.data.retain(f);
        self.rebuild();
    }

    /// Moves the item at `pos` up while it is greater than its parent (stopping at `start`).
    fn sift_up(&mut self, start: usize, mut pos: usize) -> usize {
        while pos > start {
            let parent = (pos - 1) / 2;
            if self.data[pos] <= self.data[parent] {
                break;
            }
            self.data.swap(pos, parent);
            pos = parent;
        }
        pos
    }

    /// Moves the item at `pos` down within `..end` while a child is greater.
    fn sift_down_range(&mut self, mut pos: usize, end: usize) {
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            if self.data[pos] >= self.data[child] {
                return;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end.wrapping_sub(1) && self.data[pos] < self.data[child] {
            self.data.swap(pos, child);
        }
    }

    /// Moves the item at `pos` all the way down, then back up (faster when it is known to be small).
    fn sift_down_to_bottom(&mut self, mut pos: usize) {
        let end = self.data.len();
        let start = pos;
        let mut child = 2 * pos + 1;
        while child <= end.saturating_sub(2) {
            if self.data[child] <= self.data[child + 1] {
                child += 1;
            }
            self.data.swap(pos, child);
            pos = child;
            child = 2 * pos + 1;
        }
        if child == end.wrapping_sub(1) {
            self.data.swap(pos, child);
            pos = child;
        }
        self.sift_up(start, pos);
    }

    /// Restores the heap property over the whole vector (bottom-up heapify).
    fn rebuild(&mut self) {
        let len = self.data.len();
        let mut n = len / 2;
        while n > 0 {
            n -= 1;
            self.sift_down_range(n, len);
        }
    }
}

impl<T> BinaryHeap<T> {
    /// The greatest item.
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether the heap is empty.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The capacity of the underlying vector.
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    /// Removes all items.
    pub fn clear(&mut self) {
        self.data.clear()
    }

    /// The items in heap (internal) order.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.data.iter() }
    }

    /// The underlying vector, in heap order.
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// The items in heap order as a slice.
    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    /// Removes all items, in heap order.
    pub fn drain(&mut self) -> vec::Drain<'_, T> {
        self.data.drain(..)
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> Self {
        BinaryHeap::new()
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> Self {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    /// Heapifies the vector in place.
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    fn from(arr: [T; N]) -> Self {
        BinaryHeap::from(crate::vec::from_array(arr))
    }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> {
        heap.data
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        BinaryHeap::from(Vec::from_iter(iter))
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push(x);
        }
    }
}

/// An iterator over the items of a `BinaryHeap` in heap order.
pub struct Iter<'a, T> {
    inner: slice::Iter<'a, T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        self.inner.next_back()
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = vec::IntoIter<T>;

    /// Consumes the heap in heap order.
    fn into_iter(self) -> vec::IntoIter<T> {
        self.data.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}
