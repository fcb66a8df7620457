//! `vec::IntoIter<T>`: the by-value iterator of a `Vec`, which owns the buffer.
//!
//! It tracks the not-yet-yielded elements as the index range `head..tail` of the buffer (the real std
//! keeps two pointers; indices make zero-sized elements need no special case). Dropping the iterator
//! drops the remaining elements, then frees the buffer.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr::{self, NonNull};
use core::slice;

use crate::raw_vec::RawVec;
use crate::vec::Vec;

/// An iterator that moves out of a vector.
pub struct IntoIter<T> {
    buf: NonNull<T>,
    cap: usize,
    head: usize,
    tail: usize,
    _marker: PhantomData<T>,
}

impl<T> IntoIter<T> {
    /// # Safety
    /// `buf` must be a `RawVec` allocation of `cap` slots whose first `len` are initialised; the
    /// iterator takes ownership of both.
    pub(super) unsafe fn new(buf: NonNull<T>, cap: usize, len: usize) -> Self {
        IntoIter { buf, cap, head: 0, tail: len, _marker: PhantomData }
    }

    /// The remaining elements as a slice.
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `head..tail` are initialised.
        unsafe { slice::from_raw_parts(self.buf.as_ptr().add(self.head), self.tail - self.head) }
    }

    /// The remaining elements as a mutable slice.
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: `head..tail` are initialised and owned by the iterator.
        unsafe { slice::from_raw_parts_mut(self.buf.as_ptr().add(self.head), self.tail - self.head) }
    }
}

// SAFETY: the iterator owns the buffer and the remaining elements.
unsafe impl<T: Send> Send for IntoIter<T> {}
unsafe impl<T: Sync> Sync for IntoIter<T> {}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.head == self.tail {
            return None;
        }
        // SAFETY: the element at `head` is initialised and is excluded from now on.
        unsafe {
            let value = ptr::read(self.buf.as_ptr().add(self.head));
            self.head += 1;
            Some(value)
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.tail - self.head;
        (n, Some(n))
    }

    #[inline]
    fn count(self) -> usize {
        self.tail - self.head
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.head == self.tail {
            return None;
        }
        // SAFETY: the element at `tail - 1` is initialised and is excluded from now on.
        unsafe {
            self.tail -= 1;
            Some(ptr::read(self.buf.as_ptr().add(self.tail)))
        }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {
    fn len(&self) -> usize {
        self.tail - self.head
    }
}

impl<T> FusedIterator for IntoIter<T> {}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self {
        self.as_slice().to_vec().into_iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    /// Prints `IntoIter([1, 2])`, as the real std does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> Default for IntoIter<T> {
    fn default() -> Self {
        Vec::new().into_iter()
    }
}

impl<T> Drop for IntoIter<T> {
    /// Drops the elements not yet yielded, then frees the buffer.
    fn drop(&mut self) {
        // SAFETY: `head..tail` are initialised; the buffer came from a `RawVec` of `cap` slots.
        unsafe {
            let rest = ptr::slice_from_raw_parts_mut(self.buf.as_ptr().add(self.head), self.tail - self.head);
            self.head = self.tail;
            ptr::drop_in_place(rest);
            drop(RawVec::from_raw_parts(self.buf.as_ptr(), self.cap));
        }
    }
}
