//! `HashMap<K, V, S>`: a hash map.
//!
//! Representation: the entries live densely in a `Vec<(K, V)>` (with their hashes alongside), and an
//! open-addressing index table of `buckets` slots (a power of two, linear probing, tombstones on
//! removal) maps hashes to entry positions. Removing an entry moves the last entry into its place.
//! Iteration walks the dense entries. The real std (hashbrown) iterates in table order, which also
//! depends on random keys, so programs cannot rely on the order either way.
//!
//! `capacity()` follows hashbrown's rules: `buckets` is the smallest power of two (at least 4) whose
//! usable capacity (`buckets - 1` below 8, else `buckets / 8 * 7`) fits the request, and a full table
//! grows to fit `max(len + 1, capacity + 1)` items.

use core::borrow::Borrow;
use core::fmt;
use core::hash::{BuildHasher, Hash, Hasher};
use core::iter::FusedIterator;
use core::mem;
use core::ops::Index;
use core::slice;

use alloc::vec::{self, Vec};

pub use crate::hash::{DefaultHasher, RandomState};

/// Slot value of an index-table slot that was never used.
const EMPTY: usize = 0;
/// Slot value of an index-table slot whose entry was removed.
const DELETED: usize = 1;

/// hashbrown's usable capacity of a table with `buckets` slots.
fn bucket_mask_to_capacity(buckets: usize) -> usize {
    if buckets < 8 { buckets - 1 } else { buckets / 8 * 7 }
}

/// hashbrown's number of slots for `cap` items (`None` for 0).
fn capacity_to_buckets(cap: usize) -> Option<usize> {
    if cap == 0 {
        return None;
    }
    if cap < 8 {
        return Some(if cap < 4 { 4 } else { 8 });
    }
    let adjusted = cap.checked_mul(8)? / 7;
    Some(adjusted.next_power_of_two())
}

/// A hash map.
pub struct HashMap<K, V, S = RandomState> {
    hash_builder: S,
    entries: Vec<(K, V)>,
    hashes: Vec<u64>,
    /// `EMPTY`, `DELETED`, or `entry index + 2`; empty vector when nothing is allocated.
    slots: Vec<usize>,
    /// Inserts into `EMPTY` slots still possible before the table must grow.
    growth_left: usize,
}

impl<K, V> HashMap<K, V, RandomState> {
    /// An empty map; does not allocate.
    pub fn new() -> HashMap<K, V, RandomState> {
        HashMap::with_hasher(RandomState::new())
    }

    /// An empty map with room for at least `capacity` entries.
    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState> {
        HashMap::with_capacity_and_hasher(capacity, RandomState::new())
    }
}

impl<K, V, S> HashMap<K, V, S> {
    /// An empty map using `hash_builder`.
    pub const fn with_hasher(hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, entries: Vec::new(), hashes: Vec::new(), slots: Vec::new(), growth_left: 0 }
    }

    /// An empty map with room for at least `capacity` entries, using `hash_builder`.
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(hash_builder);
        if let Some(buckets) = capacity_to_buckets(capacity) {
            map.slots = alloc::vec![EMPTY; buckets];
            map.growth_left = bucket_mask_to_capacity(buckets);
        }
        map
    }

    /// The number of entries the map can hold without growing.
    pub fn capacity(&self) -> usize {
        if self.slots.is_empty() { 0 } else { bucket_mask_to_capacity(self.slots.len()) }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The map's `BuildHasher`.
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    /// Removes all entries; keeps the capacity.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.hashes.clear();
        for slot in self.slots.iter_mut() {
            *slot = EMPTY;
        }
        self.growth_left = if self.slots.is_empty() { 0 } else { bucket_mask_to_capacity(self.slots.len()) };
    }

    /// An iterator over the entries.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.entries.iter() }
    }

    /// An iterator over the entries, with mutable values.
    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { inner: self.entries.iter_mut() }
    }

    /// An iterator over the keys.
    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.entries.iter() }
    }

    /// An iterator over the values.
    pub fn values(&self) -> Values<'_, K, V> {
        Values { inner: self.entries.iter() }
    }

    /// An iterator over the values, mutably.
    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { inner: self.entries.iter_mut() }
    }

    /// The consuming iterator over the keys.
    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { inner: self.entries.into_iter() }
    }

    /// The consuming iterator over the values.
    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { inner: self.entries.into_iter() }
    }

    /// Removes all entries and returns them as an iterator; keeps the capacity.
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        let entries = mem::replace(&mut self.entries, Vec::new());
        self.clear();
        Drain { inner: entries.into_iter(), _marker: core::marker::PhantomData }
    }

    /// Finds the slot and entry index of the key for which `eq` holds, given its hash.
    fn find(&self, hash: u64, mut eq: impl FnMut(&K) -> bool) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        loop {
            match self.slots[i] {
                EMPTY => return None,
                DELETED => {}
                e => {
                    let index = e - 2;
                    if self.hashes[index] == hash && eq(&self.entries[index].0) {
                        return Some((i, index));
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The slot that refers to entry `index` (which has hash `hash`).
    fn slot_of(&self, hash: u64, index: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        while self.slots[i] != index + 2 {
            i = (i + 1) & mask;
        }
        i
    }

    /// Removes the entry at `index`, referred to by slot `slot`.
    fn remove_at(&mut self, slot: usize, index: usize) -> (K, V) {
        self.slots[slot] = DELETED;
        let last = self.entries.len() - 1;
        if index != last {
            let moved_slot = self.slot_of(self.hashes[last], last);
            self.slots[moved_slot] = index + 2;
        }
        self.hashes.swap_remove(index);
        self.entries.swap_remove(index)
    }

    /// Rebuilds the index table with `buckets` slots (dropping tombstones).
    fn rebuild(&mut self, buckets: usize) {
        self.slots = alloc::vec![EMPTY; buckets];
        let mask = buckets - 1;
        let mut index = 0;
        while index < self.hashes.len() {
            let mut i = (self.hashes[index] as usize) & mask;
            while self.slots[i] != EMPTY {
                i = (i + 1) & mask;
            }
            self.slots[i] = index + 2;
            index += 1;
        }
        self.growth_left = bucket_mask_to_capacity(buckets) - self.entries.len();
    }

    /// Makes room for `additional` more entries (hashbrown's `reserve_rehash`).
    fn reserve_rehash(&mut self, additional: usize) {
        let new_items = match self.entries.len().checked_add(additional) {
            Some(n) => n,
            None => panic!("Hash table capacity overflow"),
        };
        let full_capacity = self.capacity();
        if !self.slots.is_empty() && new_items <= full_capacity / 2 {
            // Enough room once the tombstones are gone.
            let buckets = self.slots.len();
            self.rebuild(buckets);
        } else {
            let want = if new_items > full_capacity + 1 { new_items } else { full_capacity + 1 };
            match capacity_to_buckets(want) {
                Some(buckets) => self.rebuild(buckets),
                None => panic!("Hash table capacity overflow"),
            }
        }
    }

    /// Reserves room for at least `additional` more entries.
    pub fn reserve(&mut self, additional: usize) {
        if additional > self.growth_left {
            self.reserve_rehash(additional);
        }
    }

    /// Shrinks the table as much as possible.
    pub fn shrink_to_fit(&mut self) {
        match capacity_to_buckets(self.entries.len()) {
            None => {
                self.slots = Vec::new();
                self.growth_left = 0;
            }
            Some(buckets) => {
                if buckets < self.slots.len() {
                    self.rebuild(buckets);
                }
            }
        }
        self.entries.shrink_to_fit();
        self.hashes.shrink_to_fit();
    }

    /// Keeps only the entries for which `f` returns true.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let mut index = 0;
        while index < self.entries.len() {
            let keep = {
                let (k, v) = &mut self.entries[index];
                f(k, v)
            };
            if keep {
                index += 1;
            } else {
                let slot = self.slot_of(self.hashes[index], index);
                drop(self.remove_at(slot, index));
            }
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
    fn hash_of<Q: ?Sized + Hash>(&self, key: &Q) -> u64 {
        let mut hasher = self.hash_builder.build_hasher();
        key.hash(&mut hasher);
        hasher.finish()
    }

    /// Inserts a new entry (the key is known to be absent).
    fn insert_new(&mut self, hash: u64, key: K, value: V) -> usize {
        if self.growth_left == 0 {
            self.reserve_rehash(1);
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash as usize) & mask;
        while self.slots[i] != EMPTY && self.slots[i] != DELETED {
            i = (i + 1) & mask;
        }
        if self.slots[i] == EMPTY {
            self.growth_left -= 1;
        }
        let index = self.entries.len();
        self.slots[i] = index + 2;
        self.entries.push((key, value));
        self.hashes.push(hash);
        index
    }

    /// Inserts a key-value pair; returns the old value if the key was present (the stored key is
    /// kept, as in the real std).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = self.hash_of(&key);
        match self.find(hash, |k| *k == key) {
            Some((_, index)) => Some(mem::replace(&mut self.entries[index].1, value)),
            None => {
                self.insert_new(hash, key, value);
                None
            }
        }
    }

    /// The value for `key`.
    pub fn get<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let hash = self.hash_of(key);
        match self.find(hash, |k| k.borrow() == key) {
            Some((_, index)) => Some(&self.entries[index].1),
            None => None,
        }
    }

    /// The stored key and value for `key`.
    pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        let hash = self.hash_of(key);
        match self.find(hash, |k| k.borrow() == key) {
            Some((_, index)) => {
                let (k, v) = &self.entries[index];
                Some((k, v))
            }
            None => None,
        }
    }

    /// The value for `key`, mutably.
    pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let hash = self.hash_of(key);
        match self.find(hash, |k| k.borrow() == key) {
            Some((_, index)) => Some(&mut self.entries[index].1),
            None => None,
        }
    }

    /// Whether the map contains `key`.
    pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.get(key).is_some()
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        match self.remove_entry(key) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    /// Removes `key`, returning the stored key and value.
    pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        let hash = self.hash_of(key);
        match self.find(hash, |k| k.borrow() == key) {
            Some((slot, index)) => Some(self.remove_at(slot, index)),
            None => None,
        }
    }

    /// The entry for `key`, for in-place manipulation.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V, S> {
        let hash = self.hash_of(&key);
        match self.find(hash, |k| *k == key) {
            Some((_, index)) => Entry::Occupied(OccupiedEntry { map: self, index }),
            None => Entry::Vacant(VacantEntry { map: self, hash, key }),
        }
    }
}

/// A view into a single entry of a map.
pub enum Entry<'a, K: 'a, V: 'a, S: 'a = RandomState> {
    Occupied(OccupiedEntry<'a, K, V, S>),
    Vacant(VacantEntry<'a, K, V, S>),
}

/// An entry whose key is present.
pub struct OccupiedEntry<'a, K, V, S = RandomState> {
    map: &'a mut HashMap<K, V, S>,
    index: usize,
}

/// An entry whose key is absent.
pub struct VacantEntry<'a, K, V, S = RandomState> {
    map: &'a mut HashMap<K, V, S>,
    hash: u64,
    key: K,
}

impl<'a, K: Eq + Hash, V, S: BuildHasher> Entry<'a, K, V, S> {
    /// The value, inserting `default` if absent.
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default),
        }
    }

    /// The value, inserting `default()` if absent.
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default()),
        }
    }

    /// The value, inserting `default(&key)` if absent.
    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let value = default(&entry.key);
                entry.insert(value)
            }
        }
    }

    /// The entry's key.
    pub fn key(&self) -> &K {
        match *self {
            Entry::Occupied(ref entry) => entry.key(),
            Entry::Vacant(ref entry) => &entry.key,
        }
    }

    /// Applies `f` to the value if present.
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Self {
        match self {
            Entry::Occupied(mut entry) => {
                f(entry.get_mut());
                Entry::Occupied(entry)
            }
            Entry::Vacant(entry) => Entry::Vacant(entry),
        }
    }
}

impl<'a, K: Eq + Hash, V: Default, S: BuildHasher> Entry<'a, K, V, S> {
    /// The value, inserting `V::default()` if absent.
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(V::default()),
        }
    }
}

impl<'a, K, V, S> OccupiedEntry<'a, K, V, S> {
    /// The key in the map.
    pub fn key(&self) -> &K {
        &self.map.entries[self.index].0
    }

    /// The value.
    pub fn get(&self) -> &V {
        &self.map.entries[self.index].1
    }

    /// The value, mutably.
    pub fn get_mut(&mut self) -> &mut V {
        &mut self.map.entries[self.index].1
    }

    /// The value, with the entry's lifetime.
    pub fn into_mut(self) -> &'a mut V {
        &mut self.map.entries[self.index].1
    }

    /// Replaces the value, returning the old one.
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    /// Removes the entry, returning the value.
    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    /// Removes the entry, returning key and value.
    pub fn remove_entry(self) -> (K, V) {
        let slot = self.map.slot_of(self.map.hashes[self.index], self.index);
        self.map.remove_at(slot, self.index)
    }
}

impl<'a, K: Eq + Hash, V, S: BuildHasher> VacantEntry<'a, K, V, S> {
    /// The key that would be inserted.
    pub fn key(&self) -> &K {
        &self.key
    }

    /// Takes the key back.
    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the value and returns a reference to it.
    pub fn insert(self, value: V) -> &'a mut V {
        let index = self.map.insert_new(self.hash, self.key, value);
        &mut self.map.entries[index].1
    }
}

impl<K, V, S: Default> Default for HashMap<K, V, S> {
    fn default() -> HashMap<K, V, S> {
        HashMap::with_hasher(S::default())
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {
    fn clone(&self) -> Self {
        HashMap {
            hash_builder: self.hash_builder.clone(),
            entries: self.entries.clone(),
            hashes: self.hashes.clone(),
            slots: self.slots.clone(),
            growth_left: self.growth_left,
        }
    }
}

impl<K: Eq + Hash, V: PartialEq, S: BuildHasher> PartialEq for HashMap<K, V, S> {
    fn eq(&self, other: &HashMap<K, V, S>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        self.iter().all(|(key, value)| other.get(key).map_or(false, |v| *value == *v))
    }
}

impl<K: Eq + Hash, V: Eq, S: BuildHasher> Eq for HashMap<K, V, S> {}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for HashMap<K, V, S> {
    /// `{k: v, ...}`, like the real std.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Eq + Hash + Borrow<Q>, Q: ?Sized + Eq + Hash, V, S: BuildHasher> Index<&Q> for HashMap<K, V, S> {
    type Output = V;

    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("key not found"),
        }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for HashMap<K, V, S> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(S::default());
        map.extend(iter);
        map
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for HashMap<K, V, S> {
    /// Reserves like the real std (the full size hint when empty, half of it otherwise), then
    /// inserts each pair.
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        let iter = iter.into_iter();
        let reserve = if self.is_empty() { iter.size_hint().0 } else { (iter.size_hint().0 + 1) / 2 };
        self.reserve(reserve);
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState> {
    fn from(arr: [(K, V); N]) -> Self {
        let mut map = HashMap::new();
        map.extend(arr);
        map
    }
}

/// An iterator over the entries of a `HashMap`.
pub struct Iter<'a, K, V> {
    inner: slice::Iter<'a, (K, V)>,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);

    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        match self.inner.next() {
            Some((k, v)) => Some((k, v)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {}
impl<K, V> FusedIterator for Iter<'_, K, V> {}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { inner: self.inner.clone() }
    }
}

/// A mutable iterator over the entries of a `HashMap`.
pub struct IterMut<'a, K, V> {
    inner: slice::IterMut<'a, (K, V)>,
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);

    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        match self.inner.next() {
            Some((k, v)) => Some((&*k, v)),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {}
impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// An iterator over the keys of a `HashMap`.
pub struct Keys<'a, K, V> {
    inner: slice::Iter<'a, (K, V)>,
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;

    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {}
impl<K, V> FusedIterator for Keys<'_, K, V> {}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

/// An iterator over the values of a `HashMap`.
pub struct Values<'a, K, V> {
    inner: slice::Iter<'a, (K, V)>,
}

impl<'a, K, V> Iterator for Values<'a, K, V> {
    type Item = &'a V;

    fn next(&mut self) -> Option<&'a V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Values<'_, K, V> {}
impl<K, V> FusedIterator for Values<'_, K, V> {}

/// A mutable iterator over the values of a `HashMap`.
pub struct ValuesMut<'a, K, V> {
    inner: slice::IterMut<'a, (K, V)>,
}

impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
    type Item = &'a mut V;

    fn next(&mut self) -> Option<&'a mut V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for ValuesMut<'_, K, V> {}
impl<K, V> FusedIterator for ValuesMut<'_, K, V> {}

/// The consuming iterator of a `HashMap`.
pub struct IntoIter<K, V> {
    inner: vec::IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {}
impl<K, V> FusedIterator for IntoIter<K, V> {}

/// The draining iterator of a `HashMap`.
pub struct Drain<'a, K, V> {
    inner: vec::IntoIter<(K, V)>,
    _marker: core::marker::PhantomData<&'a mut (K, V)>,
}

impl<K, V> Iterator for Drain<'_, K, V> {
    type Item = (K, V);

    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

/// The consuming iterator over the keys of a `HashMap`.
pub struct IntoKeys<K, V> {
    inner: vec::IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoKeys<K, V> {
    type Item = K;

    fn next(&mut self) -> Option<K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

/// The consuming iterator over the values of a `HashMap`.
pub struct IntoValues<K, V> {
    inner: vec::IntoIter<(K, V)>,
}

impl<K, V> Iterator for IntoValues<K, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        match self.inner.next() {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { inner: self.entries.into_iter() }
    }
}

impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}
