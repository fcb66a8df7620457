//! Slice iterators. `Iter`/`IterMut` hold a raw start pointer and a remaining length (derived from
//! `as_ptr`/`as_mut_ptr` like real core, so the aliasing models see the same provenance), which
//! also handles zero-sized elements.

use super::{from_raw_parts, from_raw_parts_mut};
use crate::clone::Clone;
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator, TrustedLen};
use crate::marker::{PhantomData, Send, Sized, Sync};
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};
use crate::ptr::NonNull;

pub struct Iter<'a, T: 'a> {
    ptr: NonNull<T>,
    len: usize,
    _marker: PhantomData<&'a T>,
}

unsafe impl<T: Sync> Sync for Iter<'_, T> {}
unsafe impl<T: Sync> Send for Iter<'_, T> {}

impl<'a, T> Iter<'a, T> {
    #[inline]
    pub(super) fn new(slice: &'a [T]) -> Self {
        let len = slice.len();
        // SAFETY: a slice's data pointer is never null.
        let ptr = unsafe { NonNull::new_unchecked(slice.as_ptr() as *mut T) };
        Iter { ptr, len, _marker: PhantomData }
    }

    /// The remaining elements as a slice.
    #[inline]
    pub fn as_slice(&self) -> &'a [T] {
        // SAFETY: `ptr` and `len` describe the remaining part of the original slice.
        unsafe { from_raw_parts(self.ptr.as_ptr() as *const T, self.len) }
    }
}

impl<T> Clone for Iter<'_, T> {
    #[inline]
    fn clone(&self) -> Self {
        Iter { ptr: self.ptr, len: self.len, _marker: self._marker }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.as_slice()).finish()
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            None
        } else {
            let p = self.ptr;
            // SAFETY: `len > 0`, so `p` points to an element and `p + 1` is at most one past the end.
            unsafe {
                self.ptr = p.add(1);
                self.len -= 1;
                Some(&*(p.as_ptr() as *const T))
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }

    #[inline]
    fn count(self) -> usize {
        self.len
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a T> {
        if n >= self.len {
            // SAFETY: moving to the end is in bounds.
            self.ptr = unsafe { self.ptr.add(self.len) };
            self.len = 0;
            None
        } else {
            // SAFETY: `n < len`.
            unsafe {
                self.ptr = self.ptr.add(n);
                self.len -= n;
            }
            self.next()
        }
    }

    #[inline]
    fn last(mut self) -> Option<&'a T> {
        self.next_back()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            // SAFETY: the new `len` indexes the last remaining element.
            unsafe { Some(&*(self.ptr.add(self.len).as_ptr() as *const T)) }
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {
    fn len(&self) -> usize {
        self.len
    }
}
impl<T> FusedIterator for Iter<'_, T> {}
unsafe impl<T> TrustedLen for Iter<'_, T> {}

impl<T> crate::default::Default for Iter<'_, T> {
    fn default() -> Self {
        Iter { ptr: NonNull::dangling(), len: 0, _marker: PhantomData }
    }
}

pub struct IterMut<'a, T: 'a> {
    ptr: NonNull<T>,
    len: usize,
    _marker: PhantomData<&'a mut T>,
}

unsafe impl<T: Sync> Sync for IterMut<'_, T> {}
unsafe impl<T: Send> Send for IterMut<'_, T> {}

impl<'a, T> IterMut<'a, T> {
    #[inline]
    pub(super) fn new(slice: &'a mut [T]) -> Self {
        let len = slice.len();
        // SAFETY: a slice's data pointer is never null.
        let ptr = unsafe { NonNull::new_unchecked(slice.as_mut_ptr()) };
        IterMut { ptr, len, _marker: PhantomData }
    }

    #[inline]
    pub fn into_slice(self) -> &'a mut [T] {
        // SAFETY: `ptr` and `len` describe the remaining part of the original slice.
        unsafe { from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `ptr` and `len` describe the remaining part of the original slice.
        unsafe { from_raw_parts(self.ptr.as_ptr() as *const T, self.len) }
    }
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IterMut").field(&self.as_slice()).finish()
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            None
        } else {
            let p = self.ptr;
            // SAFETY: `len > 0`, so `p` points to an element not yet handed out.
            unsafe {
                self.ptr = p.add(1);
                self.len -= 1;
                Some(&mut *p.as_ptr())
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len, Some(self.len))
    }

    #[inline]
    fn count(self) -> usize {
        self.len
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<&'a mut T> {
        if n >= self.len {
            // SAFETY: moving to the end is in bounds.
            self.ptr = unsafe { self.ptr.add(self.len) };
            self.len = 0;
            None
        } else {
            // SAFETY: `n < len`.
            unsafe {
                self.ptr = self.ptr.add(n);
                self.len -= n;
            }
            self.next()
        }
    }

    #[inline]
    fn last(mut self) -> Option<&'a mut T> {
        self.next_back()
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            // SAFETY: the new `len` indexes the last remaining element, not yet handed out.
            unsafe { Some(&mut *self.ptr.add(self.len).as_ptr()) }
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {
    fn len(&self) -> usize {
        self.len
    }
}
impl<T> FusedIterator for IterMut<'_, T> {}
unsafe impl<T> TrustedLen for IterMut<'_, T> {}

/// Overlapping windows of `size` elements.
#[derive(Debug)]
pub struct Windows<'a, T: 'a> {
    v: &'a [T],
    size: usize,
}

impl<'a, T: 'a> Windows<'a, T> {
    pub(super) fn new(v: &'a [T], size: usize) -> Self {
        Windows { v, size }
    }
}

impl<T> Clone for Windows<'_, T> {
    fn clone(&self) -> Self {
        Windows { v: self.v, size: self.size }
    }
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            None
        } else {
            let ret = Some(&self.v[..self.size]);
            self.v = &self.v[1..];
            ret
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.size > self.v.len() {
            (0, Some(0))
        } else {
            let size = self.v.len() - self.size + 1;
            (size, Some(size))
        }
    }
}

impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            None
        } else {
            let ret = Some(&self.v[self.v.len() - self.size..]);
            self.v = &self.v[..self.v.len() - 1];
            ret
        }
    }
}

impl<T> ExactSizeIterator for Windows<'_, T> {}

/// Non-overlapping chunks of `chunk_size` elements (the last one may be shorter).
#[derive(Debug)]
pub struct Chunks<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T: 'a> Chunks<'a, T> {
    pub(super) fn new(v: &'a [T], chunk_size: usize) -> Self {
        Chunks { v, chunk_size }
    }
}

impl<T> Clone for Chunks<'_, T> {
    fn clone(&self) -> Self {
        Chunks { v: self.v, chunk_size: self.chunk_size }
    }
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let chunksz = crate::cmp::min(self.v.len(), self.chunk_size);
            let (fst, snd) = self.v.split_at(chunksz);
            self.v = snd;
            Some(fst)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.v.is_empty() {
            (0, Some(0))
        } else {
            let n = self.v.len() / self.chunk_size;
            let rem = self.v.len() % self.chunk_size;
            let n = if rem > 0 { n + 1 } else { n };
            (n, Some(n))
        }
    }
}

impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let remainder = self.v.len() % self.chunk_size;
            let chunksz = if remainder != 0 { remainder } else { self.chunk_size };
            let (fst, snd) = self.v.split_at(self.v.len() - chunksz);
            self.v = fst;
            Some(snd)
        }
    }
}

impl<T> ExactSizeIterator for Chunks<'_, T> {}

#[derive(Debug)]
pub struct ChunksMut<'a, T: 'a> {
    v: &'a mut [T],
    chunk_size: usize,
}

impl<'a, T: 'a> ChunksMut<'a, T> {
    pub(super) fn new(v: &'a mut [T], chunk_size: usize) -> Self {
        ChunksMut { v, chunk_size }
    }
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];

    #[inline]
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            None
        } else {
            let sz = crate::cmp::min(self.v.len(), self.chunk_size);
            let tmp = crate::mem::take(&mut self.v);
            let (head, tail) = tmp.split_at_mut(sz);
            self.v = tail;
            Some(head)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.v.is_empty() {
            (0, Some(0))
        } else {
            let n = self.v.len() / self.chunk_size;
            let rem = self.v.len() % self.chunk_size;
            let n = if rem > 0 { n + 1 } else { n };
            (n, Some(n))
        }
    }
}

impl<T> ExactSizeIterator for ChunksMut<'_, T> {}

#[derive(Debug)]
pub struct ChunksExact<'a, T: 'a> {
    v: &'a [T],
    rem: &'a [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    pub(super) fn new(slice: &'a [T], chunk_size: usize) -> Self {
        let rem = slice.len() % chunk_size;
        let fst_len = slice.len() - rem;
        let (fst, snd) = slice.split_at(fst_len);
        ChunksExact { v: fst, rem: snd, chunk_size }
    }

    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<T> Clone for ChunksExact<'_, T> {
    fn clone(&self) -> Self {
        ChunksExact { v: self.v, rem: self.rem, chunk_size: self.chunk_size }
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (fst, snd) = self.v.split_at(self.chunk_size);
            self.v = snd;
            Some(fst)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (fst, snd) = self.v.split_at(self.v.len() - self.chunk_size);
            self.v = fst;
            Some(snd)
        }
    }
}

impl<T> ExactSizeIterator for ChunksExact<'_, T> {}

#[derive(Debug)]
pub struct ChunksExactMut<'a, T: 'a> {
    v: &'a mut [T],
    rem: &'a mut [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExactMut<'a, T> {
    pub(super) fn new(slice: &'a mut [T], chunk_size: usize) -> Self {
        let rem = slice.len() % chunk_size;
        let fst_len = slice.len() - rem;
        let (fst, snd) = slice.split_at_mut(fst_len);
        ChunksExactMut { v: fst, rem: snd, chunk_size }
    }

    pub fn into_remainder(self) -> &'a mut [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExactMut<'a, T> {
    type Item = &'a mut [T];

    #[inline]
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let tmp = crate::mem::take(&mut self.v);
            let (head, tail) = tmp.split_at_mut(self.chunk_size);
            self.v = tail;
            Some(head)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<T> ExactSizeIterator for ChunksExactMut<'_, T> {}

#[derive(Debug)]
pub struct RChunks<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T: 'a> RChunks<'a, T> {
    pub(super) fn new(v: &'a [T], chunk_size: usize) -> Self {
        RChunks { v, chunk_size }
    }
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let len = self.v.len();
            let chunksz = crate::cmp::min(len, self.chunk_size);
            let (fst, snd) = self.v.split_at(len - chunksz);
            self.v = fst;
            Some(snd)
        }
    }
}

/// Subslices separated by elements matching `pred`.
pub struct Split<'a, T: 'a, P>
where
    P: FnMut(&T) -> bool,
{
    v: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T: 'a, P: FnMut(&T) -> bool> Split<'a, T, P> {
    pub(super) fn new(slice: &'a [T], pred: P) -> Self {
        Split { v: slice, pred, finished: false }
    }
}

impl<T: fmt::Debug, P> fmt::Debug for Split<'_, T, P>
where
    P: FnMut(&T) -> bool,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Split").field("v", &self.v).field("finished", &self.finished).finish()
    }
}

impl<'a, T, P> Iterator for Split<'a, T, P>
where
    P: FnMut(&T) -> bool,
{
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                let ret = &self.v[..i];
                self.v = &self.v[i + 1..];
                return Some(ret);
            }
            i += 1;
        }
        self.finished = true;
        Some(self.v)
    }
}

impl<'a, T, P> DoubleEndedIterator for Split<'a, T, P>
where
    P: FnMut(&T) -> bool,
{
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = self.v.len();
        while i > 0 {
            if (self.pred)(&self.v[i - 1]) {
                let ret = &self.v[i..];
                self.v = &self.v[..i - 1];
                return Some(ret);
            }
            i -= 1;
        }
        self.finished = true;
        Some(self.v)
    }
}

pub struct SplitMut<'a, T: 'a, P>
where
    P: FnMut(&T) -> bool,
{
    v: &'a mut [T],
    pred: P,
    finished: bool,
}

impl<'a, T: 'a, P: FnMut(&T) -> bool> SplitMut<'a, T, P> {
    pub(super) fn new(slice: &'a mut [T], pred: P) -> Self {
        SplitMut { v: slice, pred, finished: false }
    }
}

impl<'a, T, P> Iterator for SplitMut<'a, T, P>
where
    P: FnMut(&T) -> bool,
{
    type Item = &'a mut [T];

    #[inline]
    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.finished {
            return None;
        }
        let mut idx = None;
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                idx = Some(i);
                break;
            }
            i += 1;
        }
        match idx {
            None => {
                self.finished = true;
                Some(crate::mem::take(&mut self.v))
            }
            Some(idx) => {
                let tmp = crate::mem::take(&mut self.v);
                let (head, tail) = tmp.split_at_mut(idx);
                self.v = &mut tail[1..];
                Some(head)
            }
        }
    }
}

/// `chunk_by`: maximal runs where the predicate holds between neighbours.
pub struct ChunkBy<'a, T: 'a, P> {
    slice: &'a [T],
    predicate: P,
}

impl<'a, T: 'a, P> ChunkBy<'a, T, P> {
    pub(super) fn new(slice: &'a [T], predicate: P) -> Self {
        ChunkBy { slice, predicate }
    }
}

impl<'a, T: 'a, P: FnMut(&T, &T) -> bool> Iterator for ChunkBy<'a, T, P> {
    type Item = &'a [T];

    #[inline]
    fn next(&mut self) -> Option<&'a [T]> {
        if self.slice.is_empty() {
            return None;
        }
        let mut len = 1;
        while len < self.slice.len() && (self.predicate)(&self.slice[len - 1], &self.slice[len]) {
            len += 1;
        }
        let (head, tail) = self.slice.split_at(len);
        self.slice = tail;
        Some(head)
    }
}

impl<'a, T: 'a, P: FnMut(&T, &T) -> bool> DoubleEndedIterator for ChunkBy<'a, T, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.slice.is_empty() {
            return None;
        }
        let n = self.slice.len();
        let mut len = 1;
        while len < n && (self.predicate)(&self.slice[n - len - 1], &self.slice[n - len]) {
            len += 1;
        }
        let (head, tail) = self.slice.split_at(n - len);
        self.slice = head;
        Some(tail)
    }
}

impl<'a, T: 'a + fmt::Debug, P> fmt::Debug for ChunkBy<'a, T, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChunkBy").field("slice", &self.slice).finish()
    }
}
