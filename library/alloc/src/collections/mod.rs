//! `alloc::collections`: `VecDeque`, `BTreeMap`, `BTreeSet` and `BinaryHeap`.

pub mod binary_heap;
pub mod btree_map;
pub mod btree_set;
pub mod vec_deque;

pub use self::binary_heap::BinaryHeap;
pub use self::btree_map::BTreeMap;
pub use self::btree_set::BTreeSet;
pub use self::vec_deque::VecDeque;
