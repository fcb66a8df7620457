//! `alloc::collections`: collection types beyond `Vec` (to be filled: `VecDeque`).
