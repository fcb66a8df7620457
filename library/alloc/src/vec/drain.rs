//! `vec::Drain<'a, T>`: the iterator returned by `Vec::drain(range)`.
//!
//! While it lives, the vector's length is cut to the start of the range, so the vector only owns the
//! prefix. The iterator yields the range's elements (`idx..end`), and when dropped it drops the
//! elements it did not yield and moves the tail (`tail_start..tail_start + tail_len`) down to close the
//! gap, restoring the vector's length, as the real std does.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr::{self, NonNull};
use core::slice;

use crate::vec::Vec;

/// A draining iterator for `Vec<T>`.
pub struct Drain<'a, T> {
    vec: NonNull<Vec<T>>,
    idx: usize,
    end: usize,
    tail_start: usize,
    tail_len: usize,
    _marker: PhantomData<&'a mut Vec<T>>,
}

impl<'a, T> Drain<'a, T> {
    /// Starts draining `start..end` of a vector of length `len` (the range is already checked).
    pub(super) fn new(vec: &'a mut Vec<T>, start: usize, end: usize, len: usize) -> Self {
        // SAFETY: the vector keeps only the initialised prefix `..start`.
        unsafe { vec.set_len(start) };
        Drain {
            vec: NonNull::from(vec),
            idx: start,
            end,
            tail_start: end,
            tail_len: len - end,
            _marker: PhantomData,
        }
    }

    fn buf(&self) -> *mut T {
        // SAFETY: the vector outlives the iterator (lifetime `'a`).
        unsafe { (*self.vec.as_ptr()).as_mut_ptr() }
    }

    /// The elements not yet yielded, as a slice.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `idx..end` are initialised.
        unsafe { slice::from_raw_parts(self.buf().add(self.idx), self.end - self.idx) }
    }
}

// SAFETY: as `&mut Vec<T>`.
unsafe impl<T: Send> Send for Drain<'_, T> {}
unsafe impl<T: Sync> Sync for Drain<'_, T> {}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.idx == self.end {
            return None;
        }
        // SAFETY: the element at `idx` is initialised and is excluded from now on.
        unsafe {
            let value = ptr::read(self.buf().add(self.idx));
            self.idx += 1;
            Some(value)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.idx;
        (n, Some(n))
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.idx == self.end {
            return None;
        }
        // SAFETY: the element at `end - 1` is initialised and is excluded from now on.
        unsafe {
            self.end -= 1;
            Some(ptr::read(self.buf().add(self.end)))
        }
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> FusedIterator for Drain<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_slice()).finish()
    }
}

impl<T> Drop for Drain<'_, T> {
    /// Drops the unyielded elements, then moves the tail down and restores the length.
    fn drop(&mut self) {
        // SAFETY: `idx..end` are initialised and unyielded; the tail is initialised; the vector's
        // length `start` is where the tail belongs.
        unsafe {
            let base = self.buf();
            let rest = ptr::slice_from_raw_parts_mut(base.add(self.idx), self.end - self.idx);
            self.idx = self.end;
            ptr::drop_in_place(rest);
            let vec = &mut *self.vec.as_ptr();
            let start = vec.len();
            if self.tail_len > 0 {
                if self.tail_start != start {
                    ptr::copy(base.add(self.tail_start), base.add(start), self.tail_len);
                }
            }
            vec.set_len(start + self.tail_len);
        }
    }
}
