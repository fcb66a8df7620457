//! `VecDeque<T>`: a double-ended queue in a ring buffer.
//!
//! The buffer is a `RawVec` (so capacities follow the real std's growth policy); element `i` lives in
//! slot `(head + i) % capacity`. When the buffer grows while the contents wrap around, the shorter
//! part is moved so the contents are again a ring in the new capacity, exactly as the real std's
//! `handle_capacity_increase` does (this decides what `as_slices` returns).

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::mem::ManuallyDrop;
use core::ops::{Index, IndexMut};
use core::ptr;
use core::slice;

use crate::raw_vec::RawVec;
use crate::vec::Vec;

/// A double-ended queue implemented with a growable ring buffer.
pub struct VecDeque<T> {
    head: usize,
    len: usize,
    buf: RawVec<T>,
}

impl<T> VecDeque<T> {
    /// An empty deque; does not allocate.
    pub const fn new() -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: RawVec::new() }
    }

    /// An empty deque with room for exactly `capacity` elements.
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: RawVec::with_capacity(capacity) }
    }

    #[inline]
    fn ptr(&self) -> *mut T {
        self.buf.ptr()
    }

    /// The buffer slot of logical index `idx` (`idx <= capacity`).
    #[inline]
    fn to_physical_idx(&self, idx: usize) -> usize {
        self.wrap_add(self.head, idx)
    }

    #[inline]
    fn wrap_add(&self, idx: usize, addend: usize) -> usize {
        let cap = self.capacity();
        let i = idx.wrapping_add(addend);
        if i >= cap { i - cap } else { i }
    }

    #[inline]
    fn wrap_sub(&self, idx: usize, subtrahend: usize) -> usize {
        let cap = self.capacity();
        if idx >= subtrahend { idx - subtrahend } else { idx + cap - subtrahend }
    }

    /// The number of elements the deque can hold without reallocating.
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the deque is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Re-establishes the ring after the buffer grew from `old_capacity` (real:
    /// `handle_capacity_increase`).
    fn handle_capacity_increase(&mut self, old_capacity: usize) {
        let new_capacity = self.capacity();
        if self.head <= old_capacity - self.len {
            // Contiguous: nothing to do.
            return;
        }
        let head_len = old_capacity - self.head;
        let tail_len = self.len - head_len;
        // SAFETY: the moved ranges are within the new buffer and hold the initialised elements.
        unsafe {
            if tail_len < head_len && new_capacity - old_capacity >= tail_len {
                // Move the wrapped-around tail right after the old end.
                ptr::copy_nonoverlapping(self.ptr(), self.ptr().add(old_capacity), tail_len);
            } else {
                // Move the head part to the end of the new buffer.
                let new_head = new_capacity - head_len;
                ptr::copy(self.ptr().add(self.head), self.ptr().add(new_head), head_len);
                self.head = new_head;
            }
        }
    }

    #[track_caller]
    fn grow(&mut self) {
        let old_capacity = self.capacity();
        self.buf.grow_one();
        self.handle_capacity_increase(old_capacity);
    }

    /// Reserves room for at least `additional` more elements.
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        let old_capacity = self.capacity();
        self.buf.reserve(self.len, additional);
        if self.capacity() != old_capacity {
            self.handle_capacity_increase(old_capacity);
        }
    }

    /// Reserves room for exactly `additional` more elements.
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        let old_capacity = self.capacity();
        self.buf.reserve_exact(self.len, additional);
        if self.capacity() != old_capacity {
            self.handle_capacity_increase(old_capacity);
        }
    }

    /// Appends an element at the back.
    #[track_caller]
    pub fn push_back(&mut self, value: T) {
        if self.len == self.capacity() {
            self.grow();
        }
        let idx = self.to_physical_idx(self.len);
        // SAFETY: the slot is free and in bounds.
        unsafe { ptr::write(self.ptr().add(idx), value) };
        self.len += 1;
    }

    /// Prepends an element at the front.
    #[track_caller]
    pub fn push_front(&mut self, value: T) {
        if self.len == self.capacity() {
            self.grow();
        }
        self.head = self.wrap_sub(self.head, 1);
        self.len += 1;
        // SAFETY: the new head slot is free and in bounds.
        unsafe { ptr::write(self.ptr().add(self.head), value) };
    }

    /// Removes and returns the back element.
    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        let idx = self.to_physical_idx(self.len);
        // SAFETY: the slot held the last element, now excluded.
        unsafe { Some(ptr::read(self.ptr().add(idx))) }
    }

    /// Removes and returns the front element.
    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let old_head = self.head;
        self.head = self.to_physical_idx(1);
        self.len -= 1;
        // SAFETY: the slot held the first element, now excluded.
        unsafe { Some(ptr::read(self.ptr().add(old_head))) }
    }

    /// A reference to the element at `index`.
    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            // SAFETY: initialised slot.
            unsafe { Some(&*self.ptr().add(idx)) }
        } else {
            None
        }
    }

    /// A mutable reference to the element at `index`.
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            // SAFETY: initialised slot, unique access.
            unsafe { Some(&mut *self.ptr().add(idx)) }
        } else {
            None
        }
    }

    /// The front element.
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    /// The back element.
    pub fn back(&self) -> Option<&T> {
        if self.len == 0 { None } else { self.get(self.len - 1) }
    }

    /// The front element, mutably.
    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    /// The back element, mutably.
    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 { None } else { self.get_mut(self.len - 1) }
    }

    /// Swaps the elements at `i` and `j`.
    #[track_caller]
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len());
        assert!(j < self.len());
        let ri = self.to_physical_idx(i);
        let rj = self.to_physical_idx(j);
        // SAFETY: both slots are initialised; `ptr::swap` allows `ri == rj`.
        unsafe { ptr::swap(self.ptr().add(ri), self.ptr().add(rj)) }
    }

    /// The physical ranges of the contents: `(head..head + first_len)` and `(0..second_len)`.
    fn slice_ranges(&self) -> (usize, usize, usize) {
        let cap = self.capacity();
        if self.len == 0 {
            return (0, 0, 0);
        }
        let head_room = cap - self.head;
        if self.len <= head_room { (self.head, self.len, 0) } else { (self.head, head_room, self.len - head_room) }
    }

    /// The contents as two slices: the front part, then the wrapped-around part.
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let (start, first_len, second_len) = self.slice_ranges();
        // SAFETY: both ranges hold initialised elements.
        unsafe { (slice::from_raw_parts(self.ptr().add(start), first_len), slice::from_raw_parts(self.ptr(), second_len)) }
    }

    /// The contents as two mutable slices.
    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let (start, first_len, second_len) = self.slice_ranges();
        // SAFETY: both ranges hold initialised elements and are disjoint.
        unsafe {
            (slice::from_raw_parts_mut(self.ptr().add(start), first_len), slice::from_raw_parts_mut(self.ptr(), second_len))
        }
    }

    /// Rearranges the contents into one contiguous slice and returns it.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if self.head + self.len > self.capacity() {
            // Copy the elements out in order into a fresh buffer of the same capacity.
            let cap = self.capacity();
            let mut fresh: RawVec<T> = RawVec::with_capacity(cap);
            let (start, first_len, second_len) = self.slice_ranges();
            // SAFETY: the two ranges are moved into the new buffer in order; the old one is freed
            // without dropping anything.
            unsafe {
                ptr::copy_nonoverlapping(self.ptr().add(start), fresh.ptr(), first_len);
                ptr::copy_nonoverlapping(self.ptr(), fresh.ptr().add(first_len), second_len);
            }
            core::mem::swap(&mut self.buf, &mut fresh);
            self.head = 0;
        }
        let (start, len) = (self.head, self.len);
        // SAFETY: contiguous initialised range.
        unsafe { slice::from_raw_parts_mut(self.ptr().add(start), len) }
    }

    /// An iterator over the elements, front to back.
    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter { i1: a.iter(), i2: b.iter() }
    }

    /// A mutable iterator over the elements, front to back.
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut { i1: a.iter_mut(), i2: b.iter_mut() }
    }

    /// Drops all elements; keeps the capacity.
    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    /// Keeps the first `len` elements and drops the rest.
    pub fn truncate(&mut self, len: usize) {
        while self.len > len {
            drop(self.pop_back());
        }
    }

    /// Whether the deque contains `x`.
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    /// Inserts `value` at `index`, shifting later elements back.
    #[track_caller]
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len(), "index out of bounds");
        self.push_back(value);
        let mut i = self.len - 1;
        while i > index {
            self.swap(i, i - 1);
            i -= 1;
        }
    }

    /// Removes and returns the element at `index`.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        let mut i = index;
        while i + 1 < self.len {
            self.swap(i, i + 1);
            i += 1;
        }
        self.pop_back()
    }

    /// Keeps only the elements for which `f` returns true.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    /// Keeps only the elements for which `f` returns true, with mutable access.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            let keep = match self.get_mut(i) {
                Some(x) => f(x),
                None => false,
            };
            if keep {
                if kept != i {
                    self.swap(kept, i);
                }
                kept += 1;
            }
            i += 1;
        }
        self.truncate(kept);
    }

    /// Moves all elements of `other` to the back of `self`.
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }

    /// Rotates left by `n`: the element at `n` becomes the first.
    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut k = 0;
        while k < n {
            if let Some(x) = self.pop_front() {
                self.push_back(x);
            }
            k += 1;
        }
    }

    /// Rotates right by `n`: the element at `len - n` becomes the first.
    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut k = 0;
        while k < n {
            if let Some(x) = self.pop_back() {
                self.push_front(x);
            }
            k += 1;
        }
    }
}

impl<T> Drop for VecDeque<T> {
    /// Drops the elements; the `RawVec` frees the buffer.
    fn drop(&mut self) {
        let (a, b) = self.as_mut_slices();
        let a: *mut [T] = a;
        let b: *mut [T] = b;
        // SAFETY: both slices hold initialised elements, dropped exactly once.
        unsafe {
            ptr::drop_in_place(a);
            ptr::drop_in_place(b);
        }
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> Self {
        VecDeque::new()
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> Self {
        let mut deq = VecDeque::with_capacity(self.len());
        for x in self.iter() {
            deq.push_back(x.clone());
        }
        deq
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &Self) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut a = self.iter();
        let mut b = other.iter();
        loop {
            match (a.next(), b.next()) {
                (Some(x), Some(y)) => {
                    if x != y {
                        return false;
                    }
                }
                _ => return true,
            }
        }
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.iter().partial_cmp(other.iter())
    }
}

impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.iter().cmp(other.iter())
    }
}

impl<T: Hash> Hash for VecDeque<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.len);
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    #[track_caller]
    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(x) => x,
            None => panic!("Out of bounds access"),
        }
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        match self.get_mut(index) {
            Some(x) => x,
            None => panic!("Out of bounds access"),
        }
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        VecDeque::from(Vec::from_iter(iter))
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(x);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(*x);
        }
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// Reuses the vector's buffer (no copy), as the real std does.
    fn from(other: Vec<T>) -> Self {
        let (ptr, len, cap) = other.into_raw_parts();
        // SAFETY: the vector's buffer and its `len` elements move into the deque.
        VecDeque { head: 0, len, buf: unsafe { RawVec::from_raw_parts(ptr, cap) } }
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> Self {
        VecDeque::from(crate::vec::from_array(arr))
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    /// Reuses the deque's buffer after making it contiguous at the start.
    fn from(mut other: VecDeque<T>) -> Self {
        other.make_contiguous();
        let len = other.len;
        let head = other.head;
        let cap = other.capacity();
        let me = ManuallyDrop::new(other);
        let buf = me.buf.ptr();
        // SAFETY: the elements are contiguous at `head`; move them to the start, then hand the buffer
        // over.
        unsafe {
            if head != 0 {
                ptr::copy(buf.add(head), buf, len);
            }
            Vec::from_raw_parts(buf, len, cap)
        }
    }
}

/// An iterator over the elements of a `VecDeque`.
pub struct Iter<'a, T> {
    i1: slice::Iter<'a, T>,
    i2: slice::Iter<'a, T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.i1.next() {
            Some(x) => Some(x),
            None => self.i2.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.i1.len() + self.i2.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.i2.next_back() {
            Some(x) => Some(x),
            None => self.i1.next_back(),
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { i1: self.i1.clone(), i2: self.i2.clone() }
    }
}

/// A mutable iterator over the elements of a `VecDeque`.
pub struct IterMut<'a, T> {
    i1: slice::IterMut<'a, T>,
    i2: slice::IterMut<'a, T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        match self.i1.next() {
            Some(x) => Some(x),
            None => self.i2.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.i1.len() + self.i2.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        match self.i2.next_back() {
            Some(x) => Some(x),
            None => self.i1.next_back(),
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
impl<T> FusedIterator for IterMut<'_, T> {}

/// An owning iterator over the elements of a `VecDeque`.
pub struct IntoIter<T> {
    inner: VecDeque<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.len, Some(self.inner.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T> FusedIterator for IntoIter<T> {}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}
