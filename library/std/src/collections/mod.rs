//! `std::collections`: the collections of `alloc` (`Vec` aside) plus `HashMap` and `HashSet`.

pub mod hash_map;
pub mod hash_set;

pub use self::hash_map::HashMap;
pub use self::hash_set::HashSet;

pub use alloc::collections::{BTreeMap, BTreeSet, BinaryHeap, VecDeque};
pub use alloc::collections::{binary_heap, btree_map, btree_set, vec_deque};
