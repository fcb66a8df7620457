//! Iteration over ranges: `Step` (implemented for the integer types and `char`) and the
//! `Iterator`/`DoubleEndedIterator` impls of `a..b`, `a..` and `a..=b`.

use super::traits::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::clone::Clone;
use crate::cmp::{Ord, Ordering, PartialOrd};
use crate::mem;
use crate::ops::{Range, RangeFrom, RangeInclusive};
use crate::option::Option::{self, None, Some};

/// Types with successor and predecessor operations (range iteration).
pub trait Step: Clone + PartialOrd + Sized {
    /// The number of steps from `start` to `end`: `(lower bound, Some(exact))`, or `(usize::MAX,
    /// None)` if it does not fit in `usize`, `(0, None)` if `start > end`.
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);
    fn forward_checked(start: Self, count: usize) -> Option<Self>;
    fn backward_checked(start: Self, count: usize) -> Option<Self>;

    /// Panics on overflow ("attempt to add with overflow", as real core in a debug build).
    #[track_caller]
    fn forward(start: Self, count: usize) -> Self {
        match Step::forward_checked(start, count) {
            Some(v) => v,
            None => crate::panicking::panic("attempt to add with overflow"),
        }
    }

    #[track_caller]
    fn backward(start: Self, count: usize) -> Self {
        match Step::backward_checked(start, count) {
            Some(v) => v,
            None => crate::panicking::panic("attempt to subtract with overflow"),
        }
    }

    unsafe fn forward_unchecked(start: Self, count: usize) -> Self {
        Step::forward(start, count)
    }

    unsafe fn backward_unchecked(start: Self, count: usize) -> Self {
        Step::backward(start, count)
    }
}

use crate::marker::Sized;

macro_rules! step_integer_impls {
    ($($t:ty)*) => {$(
        impl Step for $t {
            #[inline]
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    // Computed in i128/u128 so that every pair of values fits.
                    let diff = (*end as i128).wrapping_sub(*start as i128) as u128;
                    if diff <= usize::MAX as u128 {
                        (diff as usize, Some(diff as usize))
                    } else {
                        (usize::MAX, None)
                    }
                } else {
                    (0, None)
                }
            }
            #[inline]
            fn forward_checked(start: $t, n: usize) -> Option<$t> {
                let r = (start as i128).checked_add(n as i128)?;
                if r > <$t>::MAX as i128 { None } else { Some(r as $t) }
            }
            #[inline]
            fn backward_checked(start: $t, n: usize) -> Option<$t> {
                let r = (start as i128).checked_sub(n as i128)?;
                if r < <$t>::MIN as i128 { None } else { Some(r as $t) }
            }
            /// The caller guarantees no overflow (`start < end` in range iteration), so this is
            /// a single addition: the hot path of `for i in 0..n`.
            #[inline]
            unsafe fn forward_unchecked(start: $t, n: usize) -> $t {
                start.wrapping_add(n as $t)
            }
            #[inline]
            unsafe fn backward_unchecked(start: $t, n: usize) -> $t {
                start.wrapping_sub(n as $t)
            }
        }
    )*};
}
step_integer_impls! { i8 i16 i32 i64 isize u8 u16 u32 u64 usize i128 }

impl Step for u128 {
    #[inline]
    fn steps_between(start: &u128, end: &u128) -> (usize, Option<usize>) {
        if *start <= *end {
            let diff = *end - *start;
            if diff <= usize::MAX as u128 { (diff as usize, Some(diff as usize)) } else { (usize::MAX, None) }
        } else {
            (0, None)
        }
    }
    #[inline]
    fn forward_checked(start: u128, n: usize) -> Option<u128> {
        start.checked_add(n as u128)
    }
    #[inline]
    fn backward_checked(start: u128, n: usize) -> Option<u128> {
        start.checked_sub(n as u128)
    }
}

/// `char` ranges skip the surrogate gap `0xD800..=0xDFFF`.
impl Step for char {
    #[inline]
    fn steps_between(&start: &char, &end: &char) -> (usize, Option<usize>) {
        let start = start as u32;
        let end = end as u32;
        if start <= end {
            let count = end - start;
            if start < 0xD800 && 0xE000 <= end {
                let c = (count - 0x800) as usize;
                (c, Some(c))
            } else {
                (count as usize, Some(count as usize))
            }
        } else {
            (0, None)
        }
    }
    #[inline]
    fn forward_checked(start: char, count: usize) -> Option<char> {
        let start = start as u32;
        let mut res = Step::forward_checked(start, count)?;
        if start < 0xD800 && 0xD800 <= res {
            res = Step::forward_checked(res, 0x800)?;
        }
        if res <= char::MAX as u32 {
            // SAFETY: res is a valid unicode scalar (below 0x110000 and not in 0xD800..0xE000).
            Some(unsafe { char::from_u32_unchecked(res) })
        } else {
            None
        }
    }
    #[inline]
    fn backward_checked(start: char, count: usize) -> Option<char> {
        let start = start as u32;
        let mut res = Step::backward_checked(start, count)?;
        if start >= 0xE000 && 0xE000 > res {
            res = Step::backward_checked(res, 0x800)?;
        }
        // SAFETY: res is a valid unicode scalar.
        Some(unsafe { char::from_u32_unchecked(res) })
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;
    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            // SAFETY: just checked precondition (`start < end`, so `start + 1` does not overflow).
            let n = unsafe { Step::forward_unchecked(self.start.clone(), 1) };
            Some(mem::replace(&mut self.start, n))
        } else {
            None
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.start < self.end {
            Step::steps_between(&self.start, &self.end)
        } else {
            (0, Some(0))
        }
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward(plus_n.clone(), 1);
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        None
    }
    #[inline]
    fn last(mut self) -> Option<A> {
        self.next_back()
    }
    #[inline]
    fn min(mut self) -> Option<A>
    where
        A: Ord,
    {
        self.next()
    }
    #[inline]
    fn max(mut self) -> Option<A>
    where
        A: Ord,
    {
        self.next_back()
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            // SAFETY: just checked precondition (`start < end`, so `end - 1` does not overflow).
            self.end = unsafe { Step::backward_unchecked(self.end.clone(), 1) };
            Some(self.end.clone())
        } else {
            None
        }
    }
    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<A> {
        if let Some(minus_n) = Step::backward_checked(self.end.clone(), n) {
            if minus_n > self.start {
                self.end = Step::backward(minus_n, 1);
                return Some(self.end.clone());
            }
        }
        self.end = self.start.clone();
        None
    }
}

macro_rules! range_exact_iter_impl {
    ($($t:ty)*) => {$(
        impl ExactSizeIterator for Range<$t> {}
        impl ExactSizeIterator for RangeInclusive<$t> {}
    )*};
}
range_exact_iter_impl! { usize u8 u16 u32 isize i8 i16 i32 u64 i64 }

impl<A: Step> FusedIterator for Range<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;
    #[inline]
    #[track_caller]
    fn next(&mut self) -> Option<A> {
        let n = Step::forward(self.start.clone(), 1);
        Some(mem::replace(&mut self.start, n))
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }
    #[inline]
    #[track_caller]
    fn nth(&mut self, n: usize) -> Option<A> {
        let plus_n = Step::forward(self.start.clone(), n);
        self.start = Step::forward(plus_n.clone(), 1);
        Some(plus_n)
    }
}

impl<A: Step> FusedIterator for RangeFrom<A> {}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let is_iterating = self.start < self.end;
        Some(if is_iterating {
            // SAFETY: just checked precondition (`start < end`).
            let n = unsafe { Step::forward_unchecked(self.start.clone(), 1) };
            mem::replace(&mut self.start, n)
        } else {
            self.exhausted = true;
            self.start.clone()
        })
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        let hint = Step::steps_between(&self.start, &self.end);
        (hint.0.saturating_add(1), match hint.1 {
            Some(steps) => steps.checked_add(1),
            None => None,
        })
    }
    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            match plus_n.partial_cmp(&self.end) {
                Some(Ordering::Less) => {
                    self.start = Step::forward(plus_n.clone(), 1);
                    return Some(plus_n);
                }
                Some(Ordering::Equal) => {
                    self.start = plus_n.clone();
                    self.exhausted = true;
                    return Some(plus_n);
                }
                _ => {}
            }
        }
        self.start = self.end.clone();
        self.exhausted = true;
        None
    }
    #[inline]
    fn last(mut self) -> Option<A> {
        self.next_back()
    }
    #[inline]
    fn min(mut self) -> Option<A>
    where
        A: Ord,
    {
        self.next()
    }
    #[inline]
    fn max(mut self) -> Option<A>
    where
        A: Ord,
    {
        self.next_back()
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let is_iterating = self.start < self.end;
        Some(if is_iterating {
            // SAFETY: just checked precondition (`start < end`).
            let n = unsafe { Step::backward_unchecked(self.end.clone(), 1) };
            mem::replace(&mut self.end, n)
        } else {
            self.exhausted = true;
            self.end.clone()
        })
    }
}

impl<A: Step> FusedIterator for RangeInclusive<A> {}
