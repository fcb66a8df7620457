//! Trait impls for `()` that do not fit elsewhere (`FromIterator<()>`).

use crate::iter::{FromIterator, IntoIterator, Iterator};

/// Drains an iterator of `()` (used with `collect::<Result<(), E>>()`).
impl FromIterator<()> for () {
    fn from_iter<I: IntoIterator<Item = ()>>(iter: I) -> Self {
        let mut it = iter.into_iter();
        while let crate::option::Option::Some(()) = it.next() {}
    }
}
