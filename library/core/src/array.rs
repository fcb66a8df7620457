//! Arrays `[T; N]`: inherent methods (`map`, `as_slice`, `each_ref`, ...), `from_fn`, by-value
//! iteration (`IntoIter`), `Clone`/`Copy`, and the comparison/conversion trait impls; indexing goes through `[T]` (`slice::index`), `Debug` is in `fmt`.

use crate::borrow::{Borrow, BorrowMut};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::convert::{AsMut, AsRef, TryFrom};
use crate::default::Default;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator};
use crate::marker::{Copy, Sized};
use crate::mem::{self, MaybeUninit};
use crate::ops::{FnMut, Range};
use crate::option::Option::{self, None, Some};
use crate::ptr;
use crate::result::Result::{self, Err, Ok};
use crate::slice::{Iter, IterMut};

impl<T: Copy, const N: usize> Copy for [T; N] {}

impl<T: Clone, const N: usize> Clone for [T; N] {
    #[inline]
    fn clone(&self) -> Self {
        from_fn(|i| self[i].clone())
    }
}

/// Creates an array where element `i` is `cb(i)`, in order.
#[inline]
pub fn from_fn<T, const N: usize, F>(mut cb: F) -> [T; N]
where
    F: FnMut(usize) -> T,
{
    let mut array: [MaybeUninit<T>; N] = MaybeUninit::uninit_array();
    let mut i = 0;
    while i < N {
        array[i] = MaybeUninit::new(cb(i));
        i += 1;
    }
    // SAFETY: all elements were initialized.
    unsafe { MaybeUninit::array_assume_init(array) }
}

/// `&T` as a one-element array reference.
pub const fn from_ref<T>(s: &T) -> &[T; 1] {
    // SAFETY: converting `&T` to `&[T; 1]` is sound.
    unsafe { &*(s as *const T).cast::<[T; 1]>() }
}

pub fn from_mut<T>(s: &mut T) -> &mut [T; 1] {
    // SAFETY: converting `&mut T` to `&mut [T; 1]` is sound.
    unsafe { &mut *(s as *mut T).cast::<[T; 1]>() }
}

impl<T, const N: usize> [T; N] {
    pub fn map<F, U>(self, mut f: F) -> [U; N]
    where
        F: FnMut(T) -> U,
    {
        let mut iter = IntoIterator::into_iter(self);
        from_fn(|_| f(iter.next().unwrap()))
    }

    #[inline]
    pub const fn as_slice(&self) -> &[T] {
        self
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }

    pub fn each_ref(&self) -> [&T; N] {
        let mut i = 0;
        from_fn(|_| {
            let r = &self[i];
            i += 1;
            r
        })
    }

    pub fn each_mut(&mut self) -> [&mut T; N] {
        let mut iter = self.iter_mut();
        from_fn(|_| iter.next().unwrap())
    }
}

impl<T, const N: usize> AsRef<[T]> for [T; N] {
    #[inline]
    fn as_ref(&self) -> &[T] {
        &self[..]
    }
}

impl<T, const N: usize> AsMut<[T]> for [T; N] {
    #[inline]
    fn as_mut(&mut self) -> &mut [T] {
        &mut self[..]
    }
}

impl<T, const N: usize> Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] {
        self
    }
}

impl<T, const N: usize> BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] {
        self
    }
}

/// The error of converting a slice of the wrong length to an array.
#[derive(Debug, Copy, Clone)]
pub struct TryFromSliceError(());

impl fmt::Display for TryFromSliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt("could not convert slice to array", f)
    }
}

impl<T, const N: usize> TryFrom<&[T]> for [T; N]
where
    T: Copy,
{
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &[T]) -> Result<[T; N], TryFromSliceError> {
        match <&Self>::try_from(slice) {
            Ok(r) => Ok(*r),
            Err(e) => Err(e),
        }
    }
}

impl<T, const N: usize> TryFrom<&mut [T]> for [T; N]
where
    T: Copy,
{
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &mut [T]) -> Result<[T; N], TryFromSliceError> {
        match <&Self>::try_from(&*slice) {
            Ok(r) => Ok(*r),
            Err(e) => Err(e),
        }
    }
}

impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        if slice.len() == N {
            let ptr = slice.as_ptr() as *const [T; N];
            // SAFETY: ok because we just checked that the length fits
            unsafe { Ok(&*ptr) }
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &'a mut [T]) -> Result<&'a mut [T; N], TryFromSliceError> {
        if slice.len() == N {
            let ptr = slice.as_mut_ptr() as *mut [T; N];
            // SAFETY: ok because we just checked that the length fits
            unsafe { Ok(&mut *ptr) }
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<T: Hash, const N: usize> Hash for [T; N] {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(&self[..], state)
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T; N] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        self[..] == other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &[U]) -> bool {
        self[..] == *other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for [T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        *self == other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &&[U]) -> bool {
        self[..] == **other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for &[T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        **self == other[..]
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<&mut [U]> for [T; N] {
    #[inline]
    fn eq(&self, other: &&mut [U]) -> bool {
        self[..] == **other
    }
}

impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for &mut [T] {
    #[inline]
    fn eq(&self, other: &[U; N]) -> bool {
        **self == other[..]
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}

impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    #[inline]
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> {
        PartialOrd::partial_cmp(&&self[..], &&other[..])
    }
}

impl<T: Ord, const N: usize> Ord for [T; N] {
    #[inline]
    fn cmp(&self, other: &[T; N]) -> Ordering {
        Ord::cmp(&&self[..], &&other[..])
    }
}

/// Unlike real core (which only has impls up to `N = 32` and needs none for `N = 0`), one generic
/// impl.
impl<T: Default, const N: usize> Default for [T; N] {
    fn default() -> [T; N] {
        from_fn(|_| T::default())
    }
}

/// A by-value iterator over an array.
pub struct IntoIter<T, const N: usize> {
    data: [MaybeUninit<T>; N],
    alive: Range<usize>,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    fn into_iter(self) -> Self::IntoIter {
        // SAFETY: `[T; N]` and `[MaybeUninit<T>; N]` have the same layout; `self` is not dropped.
        let data: [MaybeUninit<T>; N] = unsafe { crate::intrinsics::transmute_unchecked(self) };
        IntoIter { data, alive: 0..N }
    }
}

impl<T, const N: usize> IntoIter<T, N> {
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: the elements in `alive` are initialized.
        unsafe {
            let slice = &self.data[self.alive.start..self.alive.end];
            MaybeUninit::slice_assume_init_ref(slice)
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: the elements in `alive` are initialized.
        unsafe {
            let (start, end) = (self.alive.start, self.alive.end);
            let slice = &mut self.data[start..end];
            MaybeUninit::slice_assume_init_mut(slice)
        }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.alive.start < self.alive.end {
            let idx = self.alive.start;
            self.alive.start += 1;
            // SAFETY: `idx` was in the alive range, and is now outside it, so it is read once.
            Some(unsafe { self.data[idx].assume_init_read() })
        } else {
            None
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.alive.end - self.alive.start;
        (len, Some(len))
    }

    fn count(self) -> usize {
        self.alive.end - self.alive.start
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        if self.alive.start < self.alive.end {
            self.alive.end -= 1;
            let idx = self.alive.end;
            // SAFETY: `idx` was in the alive range, and is now outside it, so it is read once.
            Some(unsafe { self.data[idx].assume_init_read() })
        } else {
            None
        }
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}
impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}

impl<T, const N: usize> crate::ops::Drop for IntoIter<T, N> {
    fn drop(&mut self) {
        // SAFETY: the alive elements are initialized and dropped exactly once here.
        unsafe { ptr::drop_in_place(self.as_mut_slice() as *mut [T]) }
    }
}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> Self {
        let mut new: IntoIter<T, N> = IntoIter { data: MaybeUninit::uninit_array(), alive: 0..0 };
        for (i, x) in self.as_slice().iter().enumerate() {
            new.data[i] = MaybeUninit::new(x.clone());
            new.alive.end = i + 1;
        }
        new
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}
