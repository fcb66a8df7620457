//! Iteration: the `Iterator` family of traits (`traits.rs`), adapters (`adapters.rs`), sources
//! (`sources.rs`) and iteration over ranges (`range.rs`, with `Step`).

mod adapters;
mod range;
mod sources;
mod traits;

pub use self::adapters::{
    Chain, Cloned, Copied, Cycle, Enumerate, Filter, FilterMap, FlatMap, Flatten, Fuse, Inspect,
    Map, MapWhile, Peekable, Rev, Scan, Skip, SkipWhile, StepBy, Take, TakeWhile, Zip,
};
pub use self::range::Step;
pub use self::sources::{
    empty, from_fn, once, once_with, repeat, repeat_n, repeat_with, successors, Empty, FromFn,
    Once, OnceWith, Repeat, RepeatN, RepeatWith, Successors,
};
pub use self::traits::{
    DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, FusedIterator, IntoIterator,
    Iterator, Product, Sum, TrustedLen,
};

/// `iter::zip(a, b)`
pub fn zip<A, B>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter>
where
    A: IntoIterator,
    B: IntoIterator,
{
    a.into_iter().zip(b)
}
