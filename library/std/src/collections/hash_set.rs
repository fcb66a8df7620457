//! `HashSet<T, S>`: a hash set, a `HashMap<T, (), S>` as in the real std.
//!
//! The set operations return iterators over references, computed eagerly here.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FusedIterator;
use core::ops::{BitAnd, BitOr, BitXor, Sub};

use alloc::vec::{self, Vec};

use super::hash_map::{self, HashMap, RandomState};

/// A hash set.
pub struct HashSet<T, S = RandomState> {
    map: HashMap<T, (), S>,
}

impl<T> HashSet<T, RandomState> {
    /// An empty set; does not allocate.
    pub fn new() -> HashSet<T, RandomState> {
        HashSet { map: HashMap::new() }
    }

    /// An empty set with room for at least `capacity` elements.
    pub fn with_capacity(capacity: usize) -> HashSet<T, RandomState> {
        HashSet { map: HashMap::with_capacity(capacity) }
    }
}

impl<T, S> HashSet<T, S> {
    /// An empty set using `hasher`.
    pub const fn with_hasher(hasher: S) -> HashSet<T, S> {
        HashSet { map: HashMap::with_hasher(hasher) }
    }

    /// The number of elements the set can hold without growing.
    pub fn capacity(&self) -> usize {
        self.map.capacity()
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Removes all elements.
    pub fn clear(&mut self) {
        self.map.clear()
    }

    /// An iterator over the elements.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { inner: self.map.keys() }
    }

    /// Keeps only the elements for which `f` returns true.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k));
    }

    /// Removes all elements and returns them as an iterator.
    pub fn drain(&mut self) -> Drain<'_, T> {
        Drain { inner: self.map.drain() }
    }
}

impl<T: Eq + Hash, S: BuildHasher> HashSet<T, S> {
    /// Adds a value; returns whether it was newly inserted (an equal stored value is kept).
    pub fn insert(&mut self, value: T) -> bool {
        match self.map.entry(value) {
            hash_map::Entry::Occupied(_) => false,
            hash_map::Entry::Vacant(entry) => {
                entry.insert(());
                true
            }
        }
    }

    /// Adds a value, replacing an equal one; returns the replaced value.
    pub fn replace(&mut self, value: T) -> Option<T> {
        let old = self.map.remove_entry(&value).map(|(k, _)| k);
        self.map.insert(value, ());
        old
    }

    /// Whether the set contains `value`.
    pub fn contains<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }

    /// The stored element equal to `value`.
    pub fn get<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        self.map.get_key_value(value).map(|(k, _)| k)
    }

    /// Removes `value`; returns whether it was present.
    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }

    /// Removes and returns the element equal to `value`.
    pub fn take<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        self.map.remove_entry(value).map(|(k, _)| k)
    }

    /// Reserves room for at least `additional` more elements.
    pub fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional)
    }

    /// The elements in `self` or `other`.
    pub fn union<'a>(&'a self, other: &'a HashSet<T, S>) -> Union<'a, T> {
        let mut out: Vec<&'a T> = self.iter().collect();
        for x in other.iter() {
            if !self.contains(x) {
                out.push(x);
            }
        }
        Union { inner: out.into_iter() }
    }

    /// The elements in both sets.
    pub fn intersection<'a>(&'a self, other: &'a HashSet<T, S>) -> Intersection<'a, T> {
        let mut out = Vec::new();
        for x in self.iter() {
            if other.contains(x) {
                out.push(x);
            }
        }
        Intersection { inner: out.into_iter() }
    }

    /// The elements in `self` but not in `other`.
    pub fn difference<'a>(&'a self, other: &'a HashSet<T, S>) -> Difference<'a, T> {
        let mut out = Vec::new();
        for x in self.iter() {
            if !other.contains(x) {
                out.push(x);
            }
        }
        Difference { inner: out.into_iter() }
    }

    /// The elements in exactly one of the sets.
    pub fn symmetric_difference<'a>(&'a self, other: &'a HashSet<T, S>) -> SymmetricDifference<'a, T> {
        let mut out = Vec::new();
        for x in self.iter() {
            if !other.contains(x) {
                out.push(x);
            }
        }
        for x in other.iter() {
            if !self.contains(x) {
                out.push(x);
            }
        }
        SymmetricDifference { inner: out.into_iter() }
    }

    /// Whether the sets have no element in common.
    pub fn is_disjoint(&self, other: &HashSet<T, S>) -> bool {
        self.iter().all(|x| !other.contains(x))
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &HashSet<T, S>) -> bool {
        self.len() <= other.len() && self.iter().all(|x| other.contains(x))
    }

    /// Whether every element of `other` is in `self`.
    pub fn is_superset(&self, other: &HashSet<T, S>) -> bool {
        other.is_subset(self)
    }
}

impl<T, S: Default> Default for HashSet<T, S> {
    fn default() -> HashSet<T, S> {
        HashSet { map: HashMap::default() }
    }
}

impl<T: Clone, S: Clone> Clone for HashSet<T, S> {
    fn clone(&self) -> Self {
        HashSet { map: self.map.clone() }
    }
}

impl<T: Eq + Hash, S: BuildHasher> PartialEq for HashSet<T, S> {
    fn eq(&self, other: &HashSet<T, S>) -> bool {
        self.len() == other.len() && self.iter().all(|x| other.contains(x))
    }
}

impl<T: Eq + Hash, S: BuildHasher> Eq for HashSet<T, S> {}

impl<T: fmt::Debug, S> fmt::Debug for HashSet<T, S> {
    /// `{a, b, ...}`, like the real std.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Eq + Hash, S: BuildHasher + Default> FromIterator<T> for HashSet<T, S> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> HashSet<T, S> {
        let mut set = HashSet::with_hasher(S::default());
        set.extend(iter);
        set
    }
}

impl<T: Eq + Hash, S: BuildHasher> Extend<T> for HashSet<T, S> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.map.extend(iter.into_iter().map(|k| (k, ())));
    }
}

impl<'a, T: 'a + Eq + Hash + Copy, S: BuildHasher> Extend<&'a T> for HashSet<T, S> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(*x);
        }
    }
}

impl<T: Eq + Hash, const N: usize> From<[T; N]> for HashSet<T, RandomState> {
    fn from(arr: [T; N]) -> Self {
        let mut set = HashSet::new();
        set.extend(arr);
        set
    }
}

impl<T: Eq + Hash + Clone, S: BuildHasher + Default> BitOr<&HashSet<T, S>> for &HashSet<T, S> {
    type Output = HashSet<T, S>;

    fn bitor(self, rhs: &HashSet<T, S>) -> HashSet<T, S> {
        self.union(rhs).cloned().collect()
    }
}

impl<T: Eq + Hash + Clone, S: BuildHasher + Default> BitAnd<&HashSet<T, S>> for &HashSet<T, S> {
    type Output = HashSet<T, S>;

    fn bitand(self, rhs: &HashSet<T, S>) -> HashSet<T, S> {
        self.intersection(rhs).cloned().collect()
    }
}

impl<T: Eq + Hash + Clone, S: BuildHasher + Default> BitXor<&HashSet<T, S>> for &HashSet<T, S> {
    type Output = HashSet<T, S>;

    fn bitxor(self, rhs: &HashSet<T, S>) -> HashSet<T, S> {
        self.symmetric_difference(rhs).cloned().collect()
    }
}

impl<T: Eq + Hash + Clone, S: BuildHasher + Default> Sub<&HashSet<T, S>> for &HashSet<T, S> {
    type Output = HashSet<T, S>;

    fn sub(self, rhs: &HashSet<T, S>) -> HashSet<T, S> {
        self.difference(rhs).cloned().collect()
    }
}

/// An iterator over the elements of a `HashSet`.
pub struct Iter<'a, T> {
    inner: hash_map::Keys<'a, T, ()>,
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

impl<T> ExactSizeIterator for Iter<'_, T> {}
impl<T> FusedIterator for Iter<'_, T> {}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { inner: self.inner.clone() }
    }
}

macro_rules! set_op_iter {
    ($($name:ident),*) => {$(
        /// An iterator over the result of a set operation.
        pub struct $name<'a, T> {
            inner: vec::IntoIter<&'a T>,
        }

        impl<'a, T> Iterator for $name<'a, T> {
            type Item = &'a T;

            fn next(&mut self) -> Option<&'a T> {
                self.inner.next()
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.inner.size_hint()
            }
        }

        impl<T> FusedIterator for $name<'_, T> {}
    )*};
}

set_op_iter!(Union, Intersection, Difference, SymmetricDifference);

/// The draining iterator of a `HashSet`.
pub struct Drain<'a, T> {
    inner: hash_map::Drain<'a, T, ()>,
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.next().map(|(k, _)| k)
    }
}

/// The consuming iterator of a `HashSet`.
pub struct IntoIter<T> {
    inner: hash_map::IntoKeys<T, ()>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<T, S> IntoIterator for HashSet<T, S> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self.map.into_keys() }
    }
}

impl<'a, T, S> IntoIterator for &'a HashSet<T, S> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}
