//! Inherent methods of `bool`.

use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};

impl bool {
    /// `Some(t)` if `self`, else `None` (`t` is evaluated eagerly).
    #[inline]
    pub fn then_some<T>(self, t: T) -> Option<T> {
        if self { Some(t) } else { None }
    }

    /// `Some(f())` if `self`, else `None`.
    #[inline]
    pub fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T> {
        if self { Some(f()) } else { None }
    }
}
