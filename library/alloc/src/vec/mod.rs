//! `Vec<T>`, the growable array, on a [`RawVec`] buffer plus a length.
//!
//! Invariants (as in the real std): the first `len` slots of the buffer are initialised, the rest are
//! not; `len <= capacity`. Pointers handed out by `as_ptr`/`as_mut_ptr` come straight from the buffer
//! pointer, never through a reference to the whole slice, so they stay valid across later calls that
//! do not reallocate (the aliasing models check exactly this kind of code).
//!
//! Growth follows `RawVec` (the real std's amortized doubling), and collecting from an iterator uses
//! the real std's initial-capacity rules, so `capacity()` prints what a native program prints in the
//! common cases (see [`Vec::from_iter`]).

mod drain;
mod into_iter;

pub use self::drain::Drain;
pub use self::into_iter::IntoIter;

use core::borrow::{Borrow, BorrowMut};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::{Deref, DerefMut, Index, IndexMut, Range, RangeBounds};
use core::ptr::{self, NonNull};
use core::slice::{self, SliceIndex};

use crate::boxed::Box;
use crate::raw_vec::RawVec;

/// A contiguous growable array type.
pub struct Vec<T> {
    buf: RawVec<T>,
    len: usize,
}

/// `vec![elem; n]`: `n` clones of `elem` (the last slot gets `elem` itself).
#[doc(hidden)]
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.extend_with(n, elem);
    v
}

/// `vec![a, b, c]`: moves the array's elements into a buffer of exactly `N` slots.
#[doc(hidden)]
pub fn from_array<T, const N: usize>(array: [T; N]) -> Vec<T> {
    let mut v = Vec::with_capacity(N);
    let array = ManuallyDrop::new(array);
    let src = &*array as *const [T; N] as *const T;
    // SAFETY: the buffer has room for `N` elements; the array is not dropped, so each element is
    // moved exactly once.
    unsafe {
        ptr::copy_nonoverlapping(src, v.as_mut_ptr(), N);
        v.set_len(N);
    }
    v
}

impl<T> Vec<T> {
    /// An empty vector; does not allocate.
    #[inline]
    pub const fn new() -> Self {
        Vec { buf: RawVec::new(), len: 0 }
    }

    /// An empty vector with room for exactly `capacity` elements.
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Self {
        Vec { buf: RawVec::with_capacity(capacity), len: 0 }
    }

    /// Creates a vector from its raw parts.
    ///
    /// # Safety
    /// `ptr` must come from an allocation of `[T; capacity]` by the global allocator (or be dangling
    /// for a zero capacity), and the first `length` elements must be initialised.
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Self {
        // SAFETY: the caller's contract.
        Vec { buf: unsafe { RawVec::from_raw_parts(ptr, capacity) }, len: length }
    }

    /// Decomposes the vector into pointer, length and capacity without freeing anything.
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        let mut me = ManuallyDrop::new(self);
        (me.as_mut_ptr(), me.len, me.capacity())
    }

    /// The number of elements the vector can hold without reallocating.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    /// Reserves room for at least `additional` more elements (amortized growth).
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.buf.reserve(self.len, additional);
    }

    /// Reserves room for exactly `additional` more elements.
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.buf.reserve_exact(self.len, additional);
    }

    /// Shrinks the capacity to the length.
    #[track_caller]
    pub fn shrink_to_fit(&mut self) {
        if self.capacity() > self.len {
            self.buf.shrink_to(self.len);
        }
    }

    /// Shrinks the capacity to `max(min_capacity, len)`.
    #[track_caller]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        if self.capacity() > min_capacity {
            let cap = if self.len > min_capacity { self.len } else { min_capacity };
            self.buf.shrink_to(cap);
        }
    }

    /// Converts into `Box<[T]>`, dropping excess capacity first.
    #[track_caller]
    pub fn into_boxed_slice(mut self) -> Box<[T]> {
        self.shrink_to_fit();
        let mut me = ManuallyDrop::new(self);
        let slice = ptr::slice_from_raw_parts_mut(me.as_mut_ptr(), me.len);
        // SAFETY: the buffer holds exactly `len` initialised elements and was allocated with the
        // layout of `[T; len]`, which is the layout `Box<[T]>` frees with.
        unsafe { Box::from_raw(slice) }
    }

    /// Keeps the first `len` elements and drops the rest; no effect if `len >= self.len()`.
    pub fn truncate(&mut self, len: usize) {
        if len > self.len {
            return;
        }
        let remaining = self.len - len;
        // SAFETY: the elements `len..self.len` are initialised; the length is lowered first so that
        // a panicking destructor cannot cause a double drop.
        unsafe {
            let tail = ptr::slice_from_raw_parts_mut(self.as_mut_ptr().add(len), remaining);
            self.len = len;
            ptr::drop_in_place(tail);
        }
    }

    /// The contents as a slice.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `len` initialised elements at the (non-null, aligned) buffer pointer.
        unsafe { slice::from_raw_parts(self.as_ptr(), self.len) }
    }

    /// The contents as a mutable slice.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as for `as_slice`, with unique access through `&mut self`.
        unsafe { slice::from_raw_parts_mut(self.as_mut_ptr(), self.len) }
    }

    /// A raw pointer to the buffer (dangling if nothing is allocated). It is derived from the buffer
    /// pointer itself, not from a reference to the contents.
    #[inline]
    pub const fn as_ptr(&self) -> *const T {
        self.buf.ptr() as *const T
    }

    /// A mutable raw pointer to the buffer, derived like [`Vec::as_ptr`].
    #[inline]
    pub const fn as_mut_ptr(&mut self) -> *mut T {
        self.buf.ptr()
    }

    /// The buffer pointer as `NonNull`.
    pub fn as_non_null(&mut self) -> NonNull<T> {
        self.buf.non_null()
    }

    /// Sets the length without touching the elements.
    ///
    /// # Safety
    /// `new_len <= capacity()`, and the elements `old_len..new_len` must be initialised.
    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    /// Removes the element at `index` and replaces it by the last element (O(1)).
    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {index}) should be < len (is {len})");
        }
        // SAFETY: both `index` and `len - 1` are in bounds; the hole left at the end is excluded by
        // the new length.
        unsafe {
            let base = self.as_mut_ptr();
            let value = ptr::read(base.add(index));
            ptr::copy(base.add(len - 1), base.add(index), 1);
            self.set_len(len - 1);
            value
        }
    }

    /// Inserts `element` at `index`, shifting the later elements up.
    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {index}) should be <= len (is {len})");
        }
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        // SAFETY: there is room for `len + 1` elements; `ptr::copy` handles the overlap.
        unsafe {
            let p = self.as_mut_ptr().add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
            self.set_len(len + 1);
        }
    }

    /// Removes and returns the element at `index`, shifting the later elements down.
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {index}) should be < len (is {len})");
        }
        // SAFETY: `index` is in bounds; the element is read out before being overwritten.
        unsafe {
            let p = self.as_mut_ptr().add(index);
            let value = ptr::read(p);
            ptr::copy(p.add(1), p, len - index - 1);
            self.set_len(len - 1);
            value
        }
    }

    /// Keeps only the elements for which `f` returns true, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|elem| f(elem));
    }

    /// Like [`Vec::retain`], with mutable access to each element. `f` sees every element exactly once,
    /// in order; rejected elements are dropped when they are visited.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let base = self.as_mut_ptr();
        // While processing, the length is 0 so that nothing is dropped twice if `f` panics.
        // SAFETY: every index is below the original length; kept elements move down into holes.
        unsafe {
            self.set_len(0);
            let mut deleted = 0;
            let mut i = 0;
            while i < len {
                let cur = base.add(i);
                if !f(&mut *cur) {
                    deleted += 1;
                    ptr::drop_in_place(cur);
                } else if deleted > 0 {
                    ptr::copy_nonoverlapping(cur, base.add(i - deleted), 1);
                }
                i += 1;
            }
            self.set_len(len - deleted);
        }
    }

    /// Removes consecutive elements that map to the same key.
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b));
    }

    /// Removes consecutive elements for which `same_bucket(current, previous_kept)` is true; the
    /// removed ones are dropped.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        let base = self.as_mut_ptr();
        // SAFETY: `write <= read < len`; the slots `write..read` are holes (moved out or dropped).
        unsafe {
            self.set_len(0);
            let mut write = 1;
            let mut read = 1;
            while read < len {
                let cur = base.add(read);
                let prev = base.add(write - 1);
                if same_bucket(&mut *cur, &mut *prev) {
                    ptr::drop_in_place(cur);
                } else {
                    if read != write {
                        ptr::copy_nonoverlapping(cur, base.add(write), 1);
                    }
                    write += 1;
                }
                read += 1;
            }
            self.set_len(write);
        }
    }

    /// Appends an element, growing the buffer if it is full.
    #[inline]
    #[track_caller]
    pub fn push(&mut self, value: T) {
        let len = self.len;
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        // SAFETY: `len < capacity` now.
        unsafe {
            ptr::write(self.as_mut_ptr().add(len), value);
            self.len = len + 1;
        }
    }

    /// Removes and returns the last element, if any.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            // SAFETY: the element at `len - 1` is initialised and excluded by the new length.
            unsafe {
                self.len -= 1;
                Some(ptr::read(self.as_ptr().add(self.len)))
            }
        }
    }

    /// Removes and returns the last element if `predicate` accepts it.
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.last_mut()?;
        if predicate(last) { self.pop() } else { None }
    }

    /// Moves all elements of `other` to the end of `self`, leaving `other` empty.
    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        let count = other.len;
        self.reserve(count);
        let len = self.len;
        // SAFETY: room was reserved; the elements are moved (other's length becomes 0).
        unsafe {
            ptr::copy_nonoverlapping(other.as_ptr(), self.as_mut_ptr().add(len), count);
            other.set_len(0);
            self.set_len(len + count);
        }
    }

    /// Removes the elements in `range` and returns them as an iterator. Elements not consumed by the
    /// iterator are dropped when it is dropped; the tail then moves down.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let Range { start, end } = crate::slice::checked_range(range, len);
        Drain::new(self, start, end, len)
    }

    /// Drops all elements; keeps the capacity.
    #[inline]
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// The number of elements.
    #[inline]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no elements.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Splits off the elements `at..` into a new vector (allocated with exactly their number as
    /// capacity); `self` keeps its capacity.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Self {
        let len = self.len;
        if at > len {
            panic!("`at` split index (is {at}) should be <= len (is {len})");
        }
        if at == 0 {
            // The real std hands over the whole buffer in this case.
            let cap = self.capacity();
            return mem::replace(self, Vec::with_capacity(cap));
        }
        let other_len = len - at;
        let mut other = Vec::with_capacity(other_len);
        // SAFETY: the tail is moved (self's length drops to `at`).
        unsafe {
            self.set_len(at);
            ptr::copy_nonoverlapping(self.as_ptr().add(at), other.as_mut_ptr(), other_len);
            other.set_len(other_len);
        }
        other
    }

    /// Resizes to `new_len`, filling new slots with values returned by `f`.
    #[track_caller]
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len;
        if new_len > len {
            self.reserve(new_len - len);
            let mut i = len;
            while i < new_len {
                // SAFETY: room was reserved.
                unsafe {
                    ptr::write(self.as_mut_ptr().add(i), f());
                    self.set_len(i + 1);
                }
                i += 1;
            }
        } else {
            self.truncate(new_len);
        }
    }

    /// Consumes the vector and leaks its contents.
    pub fn leak<'a>(self) -> &'a mut [T] {
        let mut me = ManuallyDrop::new(self);
        // SAFETY: the buffer is never freed.
        unsafe { slice::from_raw_parts_mut(me.as_mut_ptr(), me.len) }
    }

    /// The unused capacity as uninitialised slots.
    pub fn spare_capacity_mut(&mut self) -> &mut [MaybeUninit<T>] {
        // SAFETY: the slots `len..capacity` are allocated (or zero-sized).
        unsafe {
            slice::from_raw_parts_mut(
                self.as_mut_ptr().add(self.len) as *mut MaybeUninit<T>,
                self.buf.capacity() - self.len,
            )
        }
    }

    /// Appends `n` values: `n - 1` clones of `value`, then `value` itself.
    #[track_caller]
    fn extend_with(&mut self, n: usize, value: T)
    where
        T: Clone,
    {
        self.reserve(n);
        // SAFETY: room for `n` more elements was reserved; the length follows each write.
        unsafe {
            let mut p = self.as_mut_ptr().add(self.len);
            let mut i = 1;
            while i < n {
                ptr::write(p, value.clone());
                p = p.add(1);
                self.len += 1;
                i += 1;
            }
            if n > 0 {
                ptr::write(p, value);
                self.len += 1;
            }
        }
    }

    /// The real std's `extend_desugared`: pushes one element at a time, reserving
    /// `size_hint().0 + 1` whenever the buffer is full.
    #[track_caller]
    fn extend_desugared<I: Iterator<Item = T>>(&mut self, mut iterator: I) {
        while let Some(element) = iterator.next() {
            let len = self.len;
            if len == self.capacity() {
                let (lower, _) = iterator.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            // SAFETY: `len < capacity`.
            unsafe {
                ptr::write(self.as_mut_ptr().add(len), element);
                self.set_len(len + 1);
            }
        }
    }

    /// Extends from an iterator whose size hint is exact (the real std's `TrustedLen` path):
    /// reserves once, then writes.
    #[track_caller]
    fn extend_exact<I: Iterator<Item = T>>(&mut self, iterator: I, additional: usize) {
        self.reserve(additional);
        for element in iterator {
            let len = self.len;
            if len == self.capacity() {
                // The size hint lied; stay correct anyway.
                self.reserve(1);
            }
            // SAFETY: `len < capacity`.
            unsafe {
                ptr::write(self.as_mut_ptr().add(len), element);
                self.set_len(len + 1);
            }
        }
    }

    /// Extends from any iterator, choosing the exact path when the size hint is exact.
    #[track_caller]
    fn extend_iter<I: Iterator<Item = T>>(&mut self, iterator: I) {
        match iterator.size_hint() {
            (lower, Some(upper)) if lower == upper => self.extend_exact(iterator, upper),
            _ => self.extend_desugared(iterator),
        }
    }
}

impl<T: Clone> Vec<T> {
    /// Resizes to `new_len`, cloning `value` into new slots (or truncating).
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len;
        if new_len > len {
            self.extend_with(new_len - len, value);
        } else {
            self.truncate(new_len);
        }
    }

    /// Clones and appends all elements of `other`.
    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T]) {
        let count = other.len();
        self.reserve(count);
        let mut i = 0;
        while i < count {
            let len = self.len;
            // SAFETY: room was reserved.
            unsafe {
                ptr::write(self.as_mut_ptr().add(len), other[i].clone());
                self.set_len(len + 1);
            }
            i += 1;
        }
    }

    /// Clones the elements in `src` and appends them.
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let Range { start, end } = crate::slice::checked_range(src, self.len);
        let count = end - start;
        self.reserve(count);
        let base = self.as_mut_ptr();
        let mut i = 0;
        while i < count {
            let len = self.len;
            // SAFETY: `start + i < end <= len`; room was reserved, and the source is not moved by
            // writes past the end.
            unsafe {
                let value = (*base.add(start + i)).clone();
                ptr::write(base.add(len), value);
                self.set_len(len + 1);
            }
            i += 1;
        }
    }
}

impl<T: PartialEq> Vec<T> {
    /// Removes consecutive repeated elements.
    pub fn dedup(&mut self) {
        self.dedup_by(|a, b| a == b);
    }
}

impl<T> Drop for Vec<T> {
    /// Drops the elements; the `RawVec` field frees the buffer afterwards.
    fn drop(&mut self) {
        // SAFETY: the first `len` elements are initialised.
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.as_mut_ptr(), self.len)) }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> Clone for Vec<T> {
    /// A clone has capacity equal to its length, as in the real std.
    fn clone(&self) -> Self {
        self.as_slice().to_vec()
    }
}

impl<T: Hash> Hash for Vec<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(self.as_slice(), state)
    }
}

impl<T, I: SliceIndex<[T]>> Index<I> for Vec<T> {
    type Output = I::Output;

    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &Self::Output {
        Index::index(self.as_slice(), index)
    }
}

impl<T, I: SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output {
        IndexMut::index_mut(self.as_mut_slice(), index)
    }
}

impl<T> FromIterator<T> for Vec<T> {
    /// Collects like the real std: an exact size hint allocates exactly that many slots up front (the
    /// `TrustedLen` path); otherwise the first element is taken, then
    /// `max(MIN_NON_ZERO_CAP, size_hint().0 + 1)` slots are allocated, and later growth is amortized.
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut iterator = iter.into_iter();
        if let (lower, Some(upper)) = iterator.size_hint() {
            if lower == upper {
                let mut vector = Vec::with_capacity(upper);
                vector.extend_exact(iterator, 0);
                return vector;
            }
        }
        let mut vector = match iterator.next() {
            None => return Vec::new(),
            Some(element) => {
                let (lower, _) = iterator.size_hint();
                let min_cap = RawVec::<T>::min_non_zero_cap();
                let wanted = lower.saturating_add(1);
                let mut vector = Vec::with_capacity(if min_cap > wanted { min_cap } else { wanted });
                // SAFETY: the capacity is at least 1.
                unsafe {
                    ptr::write(vector.as_mut_ptr(), element);
                    vector.set_len(1);
                }
                vector
            }
        };
        vector.extend_desugared(iterator);
        vector
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    /// A consuming iterator that owns the buffer.
    fn into_iter(self) -> IntoIter<T> {
        let me = ManuallyDrop::new(self);
        // SAFETY: ownership of the buffer and its `len` initialised elements moves to the iterator.
        unsafe { IntoIter::new(me.buf.non_null(), me.buf.capacity(), me.len) }
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;

    fn into_iter(self) -> slice::Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;

    fn into_iter(self) -> slice::IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T> Extend<T> for Vec<T> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.extend_iter(iter.into_iter())
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend_iter(iter.into_iter().map(|x: &'a T| *x))
    }
}

/// Element-wise equality of two slices (the lengths must match).
fn slice_eq<T: PartialEq<U>, U>(a: &[T], b: &[U]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    fn eq(&self, other: &Vec<U>) -> bool {
        slice_eq(self.as_slice(), other.as_slice())
    }
}

impl<T: PartialEq<U>, U> PartialEq<[U]> for Vec<T> {
    fn eq(&self, other: &[U]) -> bool {
        slice_eq(self.as_slice(), other)
    }
}

impl<T: PartialEq<U>, U> PartialEq<&[U]> for Vec<T> {
    fn eq(&self, other: &&[U]) -> bool {
        slice_eq(self.as_slice(), *other)
    }
}

impl<T: PartialEq<U>, U> PartialEq<&mut [U]> for Vec<T> {
    fn eq(&self, other: &&mut [U]) -> bool {
        slice_eq(self.as_slice(), &**other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool {
        let other: &[U] = other;
        slice_eq(self.as_slice(), other)
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U; N]> for Vec<T> {
    fn eq(&self, other: &&[U; N]) -> bool {
        let other: &[U] = *other;
        slice_eq(self.as_slice(), other)
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for [T] {
    fn eq(&self, other: &Vec<U>) -> bool {
        slice_eq(self, other.as_slice())
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for &[T] {
    fn eq(&self, other: &Vec<U>) -> bool {
        slice_eq(*self, other.as_slice())
    }
}

impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for &mut [T] {
    fn eq(&self, other: &Vec<U>) -> bool {
        slice_eq(&**self, other.as_slice())
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<Vec<U>> for [T; N] {
    fn eq(&self, other: &Vec<U>) -> bool {
        let this: &[T] = self;
        slice_eq(this, other.as_slice())
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        PartialOrd::partial_cmp(self.as_slice(), other.as_slice())
    }
}

impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(self.as_slice(), other.as_slice())
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T> AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> {
        self
    }
}

impl<T> AsMut<Vec<T>> for Vec<T> {
    fn as_mut(&mut self) -> &mut Vec<T> {
        self
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        &self[..]
    }
}

impl<T> BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T] {
        &mut self[..]
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T> {
        from_array(s)
    }
}

impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {
    fn from(s: &[T; N]) -> Vec<T> {
        let s: &[T] = s;
        s.to_vec()
    }
}

impl<T> From<Box<[T]>> for Vec<T> {
    fn from(s: Box<[T]>) -> Self {
        s.into_vec()
    }
}

impl<T> From<Vec<T>> for Box<[T]> {
    fn from(v: Vec<T>) -> Self {
        v.into_boxed_slice()
    }
}

impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        From::from(s.as_bytes())
    }
}
