//! Slices `[T]`: inherent methods (allowed on a primitive type by `#![rustc_coherence_is_core]`),
//! `from_raw_parts`, indexing (`index.rs`), iterators (`iter.rs`), comparisons (`cmp.rs`) and
//! unstable sorting (`sort.rs`). Methods that allocate (`to_vec`, `sort`, `concat`) are in the
//! model `alloc`.
//!
//! The length of a slice is read from its fat pointer (`ptr::FatPtr`), as real core reads the
//! pointer metadata.

mod cmp;
mod index;
mod iter;
mod sort;

pub use self::index::{range, SliceIndex};
pub use self::iter::{
    ChunkBy, Chunks, ChunksExact, ChunksExactMut, ChunksMut, Iter, IterMut, RChunks, Split, SplitMut, Windows,
};

use crate::cmp::Ordering::{self, Equal, Greater, Less};
use crate::cmp::{Ord, PartialEq, PartialOrd};
use crate::intrinsics;
use crate::marker::{Copy, Sized};
use crate::mem;
use crate::ops::{FnMut, Range};
use crate::option::Option::{self, None, Some};
use crate::ptr::{self, FatPtr};
use crate::result::Result::{self, Err, Ok};

/// Forms a slice from a pointer and a length.
///
/// # Safety
/// `data` must be valid for reads of `len * size_of::<T>()` bytes and properly aligned, and the
/// memory must not be mutated for the lifetime `'a`.
#[inline]
pub const unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    // SAFETY: the caller must uphold the safety contract for `from_raw_parts`.
    unsafe { &*ptr::slice_from_raw_parts(data, len) }
}

/// Forms a mutable slice from a pointer and a length.
///
/// # Safety
/// As `from_raw_parts`, and the memory must not be accessed through any other pointer for `'a`.
#[inline]
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    // SAFETY: the caller must uphold the safety contract for `from_raw_parts_mut`.
    unsafe { &mut *ptr::slice_from_raw_parts_mut(data, len) }
}

/// A one-element slice from a reference.
pub const fn from_ref<T>(s: &T) -> &[T] {
    // SAFETY: a reference is valid for one element.
    unsafe { from_raw_parts(s, 1) }
}

pub fn from_mut<T>(s: &mut T) -> &mut [T] {
    // SAFETY: a reference is valid for one element.
    unsafe { from_raw_parts_mut(s, 1) }
}

impl<T> [T] {
    #[lang = "slice_len_fn"]
    #[inline]
    pub const fn len(&self) -> usize {
        // SAFETY: `FatPtr<T>` has the layout of `&[T]`.
        unsafe { intrinsics::transmute::<&[T], FatPtr<T>>(self).len }
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const T {
        self as *const [T] as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut [T] as *mut T
    }

    #[inline]
    pub fn as_ptr_range(&self) -> Range<*const T> {
        let start = self.as_ptr();
        // SAFETY: the end pointer is one past the end of the slice.
        let end = unsafe { start.add(self.len()) };
        start..end
    }

    #[inline]
    pub fn as_mut_ptr_range(&mut self) -> Range<*mut T> {
        let start = self.as_mut_ptr();
        // SAFETY: the end pointer is one past the end of the slice.
        let end = unsafe { start.add(self.len()) };
        start..end
    }

    #[inline]
    pub fn first(&self) -> Option<&T> {
        if let [first, ..] = self { Some(first) } else { None }
    }

    #[inline]
    pub fn first_mut(&mut self) -> Option<&mut T> {
        if let [first, ..] = self { Some(first) } else { None }
    }

    #[inline]
    pub fn first_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() < N {
            None
        } else {
            // SAFETY: the slice has at least `N` elements.
            Some(unsafe { &*(self.as_ptr() as *const [T; N]) })
        }
    }

    #[inline]
    pub fn last_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() < N {
            None
        } else {
            // SAFETY: the slice has at least `N` elements.
            Some(unsafe { &*(self.as_ptr().add(self.len() - N) as *const [T; N]) })
        }
    }

    /// Runs of consecutive elements for which `pred(a, b)` holds between neighbours.
    #[inline]
    pub fn chunk_by<F: FnMut(&T, &T) -> bool>(&self, pred: F) -> ChunkBy<'_, T, F> {
        ChunkBy::new(self, pred)
    }

    #[inline]
    pub fn split_first(&self) -> Option<(&T, &[T])> {
        if let [first, tail @ ..] = self { Some((first, tail)) } else { None }
    }

    #[inline]
    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if let [first, tail @ ..] = self { Some((first, tail)) } else { None }
    }

    #[inline]
    pub fn split_last(&self) -> Option<(&T, &[T])> {
        if let [init @ .., last] = self { Some((last, init)) } else { None }
    }

    #[inline]
    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if let [init @ .., last] = self { Some((last, init)) } else { None }
    }

    #[inline]
    pub fn last(&self) -> Option<&T> {
        if let [.., last] = self { Some(last) } else { None }
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut T> {
        if let [.., last] = self { Some(last) } else { None }
    }

    #[inline]
    pub fn get<I>(&self, index: I) -> Option<&I::Output>
    where
        I: SliceIndex<Self>,
    {
        index.get(self)
    }

    #[inline]
    pub fn get_mut<I>(&mut self, index: I) -> Option<&mut I::Output>
    where
        I: SliceIndex<Self>,
    {
        index.get_mut(self)
    }

    /// # Safety
    /// The index must be in bounds.
    #[inline]
    pub unsafe fn get_unchecked<I>(&self, index: I) -> &I::Output
    where
        I: SliceIndex<Self>,
    {
        // SAFETY: the caller must uphold most of the safety requirements for `get_unchecked`.
        unsafe { &*index.get_unchecked(self) }
    }

    /// # Safety
    /// The index must be in bounds.
    #[inline]
    pub unsafe fn get_unchecked_mut<I>(&mut self, index: I) -> &mut I::Output
    where
        I: SliceIndex<Self>,
    {
        // SAFETY: the caller must uphold the safety requirements for `get_unchecked_mut`.
        unsafe { &mut *index.get_unchecked_mut(self) }
    }

    /// Swaps two elements (through raw pointers, as real core, so that `a == b` is fine).
    #[inline]
    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let len = self.len();
        if a >= len {
            index::slice_index_fail(a, len);
        }
        if b >= len {
            index::slice_index_fail(b, len);
        }
        let pa = self.as_mut_ptr();
        // SAFETY: both indices were checked.
        unsafe { ptr::swap(pa.add(a), pa.add(b)) }
    }

    #[inline]
    pub fn reverse(&mut self) {
        let len = self.len();
        let mut i = 0;
        let p = self.as_mut_ptr();
        while i < len / 2 {
            // SAFETY: `i` and `len - 1 - i` are in bounds and distinct.
            unsafe { ptr::swap(p.add(i), p.add(len - 1 - i)) };
            i += 1;
        }
    }

    #[inline]
    pub fn iter(&self) -> Iter<'_, T> {
        Iter::new(self)
    }

    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut::new(self)
    }

    #[inline]
    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        assert!(size != 0, "window size must be non-zero");
        Windows::new(self, size)
    }

    #[inline]
    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        Chunks::new(self, chunk_size)
    }

    #[inline]
    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksMut::new(self, chunk_size)
    }

    #[inline]
    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksExact::new(self, chunk_size)
    }

    #[inline]
    #[track_caller]
    pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksExactMut::new(self, chunk_size)
    }

    #[inline]
    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks::new(self, chunk_size)
    }

    #[inline]
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        match self.split_at_checked(mid) {
            Some(pair) => pair,
            None => panic!("mid > len"),
        }
    }

    #[inline]
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        match self.split_at_mut_checked(mid) {
            Some(pair) => pair,
            None => panic!("mid > len"),
        }
    }

    #[inline]
    pub unsafe fn split_at_unchecked(&self, mid: usize) -> (&[T], &[T]) {
        let len = self.len();
        let ptr = self.as_ptr();
        // SAFETY: the caller guarantees `mid <= len`.
        unsafe { (from_raw_parts(ptr, mid), from_raw_parts(ptr.add(mid), len - mid)) }
    }

    /// Both halves are derived from one raw pointer, so they do not alias (real core).
    #[inline]
    pub unsafe fn split_at_mut_unchecked(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        let ptr = self.as_mut_ptr();
        // SAFETY: the caller guarantees `mid <= len`; the halves are disjoint.
        unsafe { (from_raw_parts_mut(ptr, mid), from_raw_parts_mut(ptr.add(mid), len - mid)) }
    }

    #[inline]
    pub fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])> {
        if mid <= self.len() {
            // SAFETY: `mid <= len`.
            Some(unsafe { self.split_at_unchecked(mid) })
        } else {
            None
        }
    }

    #[inline]
    pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut [T], &mut [T])> {
        if mid <= self.len() {
            // SAFETY: `mid <= len`.
            Some(unsafe { self.split_at_mut_unchecked(mid) })
        } else {
            None
        }
    }

    #[inline]
    pub fn split<F>(&self, pred: F) -> Split<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        Split::new(self, pred)
    }

    #[inline]
    pub fn split_mut<F>(&mut self, pred: F) -> SplitMut<'_, T, F>
    where
        F: FnMut(&T) -> bool,
    {
        SplitMut::new(self, pred)
    }

    #[inline]
    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        for y in self.iter() {
            if *y == *x {
                return true;
            }
        }
        false
    }

    pub fn starts_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let n = needle.len();
        self.len() >= n && needle == &self[..n]
    }

    pub fn ends_with(&self, needle: &[T]) -> bool
    where
        T: PartialEq,
    {
        let (m, n) = (self.len(), needle.len());
        m >= n && needle == &self[m - n..]
    }

    pub fn strip_prefix(&self, prefix: &[T]) -> Option<&[T]>
    where
        T: PartialEq,
    {
        if self.starts_with(prefix) { Some(&self[prefix.len()..]) } else { None }
    }

    pub fn strip_suffix(&self, suffix: &[T]) -> Option<&[T]>
    where
        T: PartialEq,
    {
        if self.ends_with(suffix) { Some(&self[..self.len() - suffix.len()]) } else { None }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|p| p.cmp(x))
    }

    /// Real core's algorithm, so which of several equal elements is found matches.
    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0usize;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            let cmp = f(&self[mid]);
            base = if cmp == Greater { base } else { mid };
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Equal {
            Ok(base)
        } else {
            let result = base + (cmp == Less) as usize;
            Err(result)
        }
    }

    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    pub fn partition_point<P>(&self, mut pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        match self.binary_search_by(|x| if pred(x) { Less } else { Greater }) {
            Ok(i) => i,
            Err(i) => i,
        }
    }

    #[inline]
    pub fn sort_unstable(&mut self)
    where
        T: Ord,
    {
        sort::heapsort(self, &mut |a: &T, b: &T| a.lt(b));
    }

    #[inline]
    pub fn sort_unstable_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        sort::heapsort(self, &mut |a: &T, b: &T| compare(a, b) == Less);
    }

    #[inline]
    pub fn sort_unstable_by_key<K, F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        sort::heapsort(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Stable insertion sort without allocation (used by the model `alloc`'s `sort` helpers).
    #[doc(hidden)]
    pub fn insertion_sort_by<F>(&mut self, mut is_less: F)
    where
        F: FnMut(&T, &T) -> bool,
    {
        sort::insertion_sort(self, &mut is_less);
    }

    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        self.sort_unstable();
        let (left, rest) = self.split_at_mut(index);
        let (nth, right) = rest.split_first_mut().unwrap();
        (left, nth, right)
    }

    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        self.is_sorted_by(|a, b| a <= b)
    }

    pub fn is_sorted_by<'a, F>(&'a self, mut compare: F) -> bool
    where
        F: FnMut(&'a T, &'a T) -> bool,
    {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn is_sorted_by_key<'a, F, K>(&'a self, mut f: F) -> bool
    where
        F: FnMut(&'a T) -> K,
        K: PartialOrd,
    {
        self.is_sorted_by(|a, b| f(a) <= f(b))
    }

    #[track_caller]
    pub fn rotate_left(&mut self, mid: usize) {
        assert!(mid <= self.len());
        self[..mid].reverse();
        self[mid..].reverse();
        self.reverse();
    }

    #[track_caller]
    pub fn rotate_right(&mut self, k: usize) {
        assert!(k <= self.len());
        let mid = self.len() - k;
        self.rotate_left(mid);
    }

    #[inline]
    pub fn fill(&mut self, value: T)
    where
        T: crate::clone::Clone,
    {
        for el in self.iter_mut() {
            el.clone_from(&value);
        }
    }

    #[inline]
    pub fn fill_with<F>(&mut self, mut f: F)
    where
        F: FnMut() -> T,
    {
        for el in self.iter_mut() {
            *el = f();
        }
    }

    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T])
    where
        T: crate::clone::Clone,
    {
        if self.len() != src.len() {
            panic!("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            self[i].clone_from(&src[i]);
            i += 1;
        }
    }

    #[inline]
    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T])
    where
        T: Copy,
    {
        if self.len() != src.len() {
            copy_len_mismatch_fail(self.len(), src.len());
        }
        // SAFETY: `self` is valid for `self.len()` elements by definition, and `src` was checked
        // to have the same length. The slices cannot overlap because mutable references are
        // exclusive.
        unsafe {
            ptr::copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr(), self.len());
        }
    }

    #[track_caller]
    pub fn copy_within<R: crate::ops::RangeBounds<usize>>(&mut self, src: R, dest: usize)
    where
        T: Copy,
    {
        let Range { start: src_start, end: src_end } = index::range(src, ..self.len());
        let count = src_end - src_start;
        assert!(dest <= self.len() - count, "dest is out of bounds");
        // SAFETY: the conditions for `ptr::copy` have all been checked above.
        unsafe {
            let ptr = self.as_mut_ptr();
            let src_ptr = ptr.add(src_start);
            let dest_ptr = ptr.add(dest);
            ptr::copy(src_ptr, dest_ptr, count);
        }
    }

    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        // SAFETY: `self` and `other` have the same length and are disjoint (unique borrows).
        unsafe {
            ptr::swap_nonoverlapping(self.as_mut_ptr(), other.as_mut_ptr(), self.len());
        }
    }

}

impl<T, const N: usize> [[T; N]] {
    pub fn as_flattened(&self) -> &[T] {
        let len = self.len() * N;
        // SAFETY: `[T]` is layout-identical to `[T; N]`.
        unsafe { from_raw_parts(self.as_ptr().cast(), len) }
    }

    pub fn as_flattened_mut(&mut self) -> &mut [T] {
        let len = self.len() * N;
        // SAFETY: `[T]` is layout-identical to `[T; N]`.
        unsafe { from_raw_parts_mut(self.as_mut_ptr().cast(), len) }
    }
}

impl [u8] {
    #[inline]
    pub fn is_ascii(&self) -> bool {
        for b in self.iter() {
            if *b >= 128 {
                return false;
            }
        }
        true
    }

    pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if !self[i].eq_ignore_ascii_case(&other[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn make_ascii_uppercase(&mut self) {
        for byte in self.iter_mut() {
            byte.make_ascii_uppercase();
        }
    }

    pub fn make_ascii_lowercase(&mut self) {
        for byte in self.iter_mut() {
            byte.make_ascii_lowercase();
        }
    }

    pub fn trim_ascii_start(&self) -> &[u8] {
        let mut i = 0;
        while i < self.len() && self[i].is_ascii_whitespace() {
            i += 1;
        }
        &self[i..]
    }

    pub fn trim_ascii_end(&self) -> &[u8] {
        let mut j = self.len();
        while j > 0 && self[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        &self[..j]
    }

    pub fn trim_ascii(&self) -> &[u8] {
        self.trim_ascii_start().trim_ascii_end()
    }
}

#[track_caller]
#[cold]
fn copy_len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    panic!(
        "copy_from_slice: source slice length ({}) does not match destination slice length ({})",
        src_len, dst_len,
    );
}

impl<T> crate::default::Default for &[T] {
    fn default() -> Self {
        &[]
    }
}

impl<T> crate::default::Default for &mut [T] {
    fn default() -> Self {
        &mut []
    }
}

impl<T> crate::convert::AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl<T> crate::convert::AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] {
        self
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> crate::iter::IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for [T] {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len());
        crate::hash::Hash::hash_slice(self, state)
    }
}
