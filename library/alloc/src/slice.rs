//! `alloc::slice`: everything of `core::slice`, plus the slice methods that allocate (`to_vec`,
//! `into_vec`, `repeat`, `concat`, `join`) and sorting (`sort*`), which real std also defines here as
//! inherent methods of `[T]` (allowed outside `core` by `#[rustc_allow_incoherent_impl]`).
//!
//! Sorting: `sort`/`sort_by`/`sort_by_key` are a stable merge sort (insertion sort below 20 elements,
//! then top-down merging through a scratch buffer of half the length). The real std uses driftsort;
//! every stable sort produces the same order, only the sequence of comparisons differs.
//! `sort_unstable*` do not allocate and live in `core`, as in the real library.

#[doc(inline)]
pub use core::slice::*;

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::mem::{self, ManuallyDrop};
use core::ops::{Bound, Range, RangeBounds};
use core::ptr;

use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

/// Resolves `range` against a slice of length `len`, with the real std's panic messages (real:
/// `core::slice::range`).
#[track_caller]
pub(crate) fn checked_range<R: RangeBounds<usize>>(range: R, len: usize) -> Range<usize> {
    let start = match range.start_bound() {
        Bound::Included(&start) => start,
        Bound::Excluded(&start) => match start.checked_add(1) {
            Some(start) => start,
            None => panic!("attempted to index slice from after maximum usize"),
        },
        Bound::Unbounded => 0,
    };
    let end = match range.end_bound() {
        Bound::Included(&end) => match end.checked_add(1) {
            Some(end) => end,
            None => panic!("attempted to index slice up to maximum usize"),
        },
        Bound::Excluded(&end) => end,
        Bound::Unbounded => len,
    };
    if start > end {
        panic!("slice index starts at {start} but ends at {end}");
    }
    if end > len {
        panic!("range end index {end} out of range for slice of length {len}");
    }
    Range { start, end }
}

impl<T> [T] {
    /// Copies `self` into a new `Vec` (capacity == length).
    #[rustc_allow_incoherent_impl]
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let len = self.len();
        let mut v = Vec::with_capacity(len);
        let dst = v.as_mut_ptr();
        let mut i = 0;
        while i < len {
            // SAFETY: the capacity is `len`; the length follows each write.
            unsafe {
                ptr::write(dst.add(i), self[i].clone());
                v.set_len(i + 1);
            }
            i += 1;
        }
        v
    }

    /// Converts a boxed slice into a vector without copying (capacity == length).
    #[rustc_allow_incoherent_impl]
    pub fn into_vec(self: Box<Self>) -> Vec<T> {
        let len = self.len();
        let raw = Box::into_raw(self);
        // SAFETY: a `Box<[T]>` allocation has the layout of `[T; len]`, which is what a `Vec` of
        // capacity `len` frees with.
        unsafe { Vec::from_raw_parts(raw as *mut T, len, len) }
    }

    /// `n` copies of the slice, concatenated.
    #[rustc_allow_incoherent_impl]
    #[track_caller]
    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: Copy,
    {
        let total = match self.len().checked_mul(n) {
            Some(total) => total,
            None => panic!("capacity overflow"),
        };
        let mut v = Vec::with_capacity(total);
        let mut k = 0;
        while k < n {
            v.extend_from_slice(self);
            k += 1;
        }
        v
    }

    /// Flattens a slice of sequences (`[[1], [2]].concat()`, `["a", "b"].concat()`).
    #[rustc_allow_incoherent_impl]
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output
    where
        Self: Concat<Item>,
    {
        Concat::concat(self)
    }

    /// Flattens a slice of sequences with a separator (`["a", "b"].join(", ")`).
    #[rustc_allow_incoherent_impl]
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output
    where
        Self: Join<Separator>,
    {
        Join::join(self, sep)
    }

    /// Sorts the slice (stable).
    #[rustc_allow_incoherent_impl]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    /// Sorts the slice with a comparator (stable).
    #[rustc_allow_incoherent_impl]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        merge_sort(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    /// Sorts the slice by a key (stable).
    #[rustc_allow_incoherent_impl]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        merge_sort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Sorts the slice by a key computed once per element (stable).
    #[rustc_allow_incoherent_impl]
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        // Sort the (key, index) pairs, then apply the permutation (the real std does the same).
        let len = self.len();
        let mut indices: Vec<(K, usize)> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            indices.push((f(&self[i]), i));
            i += 1;
        }
        indices.sort_unstable();
        let mut i = 0;
        while i < len {
            let mut index = indices[i].1;
            while index < i {
                index = indices[index].1;
            }
            indices[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }
}

/// Below this length, insertion sort.
const INSERTION_SORT_LEN: usize = 20;

/// Stable sort of `v` by `is_less`.
fn merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let len = v.len();
    if mem::size_of::<T>() == 0 || len < 2 {
        return;
    }
    if len <= INSERTION_SORT_LEN {
        insertion_sort(v.as_mut_ptr(), len, is_less);
        return;
    }
    // Scratch space for the left half of each merge: `len / 2` slots, never initialised as a `Vec`
    // (its length stays 0, so dropping it only frees the memory).
    let mut scratch: Vec<T> = Vec::with_capacity(len / 2);
    let base = v.as_mut_ptr();
    // SAFETY: `base` is valid for `len` elements; `scratch` has room for the largest left half.
    unsafe { merge_sort_rec(base, len, scratch.as_mut_ptr(), is_less) };
}

/// Sorts `len` elements at `base`. Every element is moved, never duplicated, except transiently
/// inside `merge`.
unsafe fn merge_sort_rec<T, F: FnMut(&T, &T) -> bool>(base: *mut T, len: usize, scratch: *mut T, is_less: &mut F) {
    if len <= INSERTION_SORT_LEN {
        insertion_sort(base, len, is_less);
        return;
    }
    let mid = len / 2;
    // SAFETY: the halves are disjoint parts of the caller's range.
    unsafe {
        merge_sort_rec(base, mid, scratch, is_less);
        merge_sort_rec(base.add(mid), len - mid, scratch, is_less);
        merge(base, mid, len, scratch, is_less);
    }
}

/// Merges the sorted runs `base[..mid]` and `base[mid..len]`: the left run is moved into `scratch`,
/// then the smaller head is moved back each step (the left one on ties, which keeps the sort stable).
/// The output index never overtakes the right run's read index, so no unread element is overwritten.
unsafe fn merge<T, F: FnMut(&T, &T) -> bool>(base: *mut T, mid: usize, len: usize, scratch: *mut T, is_less: &mut F) {
    // SAFETY: `scratch` has room for `mid` elements; indices stay below `mid` (left) and `len`
    // (right); `out = left + (right - mid) < right` while both runs are non-empty.
    unsafe {
        ptr::copy_nonoverlapping(base, scratch, mid);
        let mut left = 0;
        let mut right = mid;
        let mut out = 0;
        while left < mid && right < len {
            if is_less(&*base.add(right), &*scratch.add(left)) {
                ptr::copy_nonoverlapping(base.add(right), base.add(out), 1);
                right += 1;
            } else {
                ptr::copy_nonoverlapping(scratch.add(left), base.add(out), 1);
                left += 1;
            }
            out += 1;
        }
        if left < mid {
            ptr::copy_nonoverlapping(scratch.add(left), base.add(out), mid - left);
        }
    }
}

/// Stable insertion sort of the `len` elements at `base`.
fn insertion_sort<T, F: FnMut(&T, &T) -> bool>(base: *mut T, len: usize, is_less: &mut F) {
    let mut i = 1;
    while i < len {
        // SAFETY: all indices are below `len`; the element taken out (`tmp`) is written back into
        // the hole exactly once.
        unsafe {
            if is_less(&*base.add(i), &*base.add(i - 1)) {
                let tmp = ManuallyDrop::new(ptr::read(base.add(i)));
                let mut hole = i;
                while hole > 0 && is_less(&*tmp, &*base.add(hole - 1)) {
                    ptr::copy_nonoverlapping(base.add(hole - 1), base.add(hole), 1);
                    hole -= 1;
                }
                ptr::copy_nonoverlapping(&*tmp as *const T, base.add(hole), 1);
            }
        }
        i += 1;
    }
}

/// Helper trait for `[T]::concat` (real: `alloc::slice::Concat`).
pub trait Concat<Item: ?Sized> {
    type Output;
    fn concat(slice: &Self) -> Self::Output;
}

/// Helper trait for `[T]::join` (real: `alloc::slice::Join`).
pub trait Join<Separator> {
    type Output;
    fn join(slice: &Self, sep: Separator) -> Self::Output;
}

impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;

    fn concat(slice: &Self) -> Vec<T> {
        let mut size = 0;
        for v in slice {
            size += v.borrow().len();
        }
        let mut result = Vec::with_capacity(size);
        for v in slice {
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

impl<S: Borrow<str>> Concat<str> for [S] {
    type Output = String;

    fn concat(slice: &Self) -> String {
        Join::join(slice, "")
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&T> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &T) -> Vec<T> {
        let mut size = 0;
        for v in slice {
            size += v.borrow().len();
        }
        if slice.len() > 0 {
            size += slice.len() - 1;
        }
        let mut result = Vec::with_capacity(size);
        let mut first = true;
        for v in slice {
            if first {
                first = false;
            } else {
                result.push(sep.clone());
            }
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&[T]> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &[T]) -> Vec<T> {
        let mut size = 0;
        for v in slice {
            size += v.borrow().len();
        }
        if slice.len() > 0 {
            size += sep.len() * (slice.len() - 1);
        }
        let mut result = Vec::with_capacity(size);
        let mut first = true;
        for v in slice {
            if first {
                first = false;
            } else {
                result.extend_from_slice(sep);
            }
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

impl<S: Borrow<str>> Join<&str> for [S] {
    type Output = String;

    /// The result's capacity is exactly its length, as in the real std.
    fn join(slice: &Self, sep: &str) -> String {
        let mut size = 0;
        for s in slice {
            size += s.borrow().len();
        }
        if slice.len() > 0 {
            size += sep.len() * (slice.len() - 1);
        }
        let mut result = String::with_capacity(size);
        let mut first = true;
        for s in slice {
            if first {
                first = false;
            } else {
                result.push_str(sep);
            }
            result.push_str(s.borrow());
        }
        result
    }
}
