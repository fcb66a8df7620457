//! The macros `alloc` exports: `vec!` and `format!`.
//!
//! Both expand to calls of ordinary functions of this crate through `$crate`, so they work from any
//! crate (std re-exports them into its prelude).

/// Creates a `Vec` containing the arguments, like the real `vec!`:
/// * `vec![]` is `Vec::new()` (no allocation);
/// * `vec![elem; n]` clones `elem` `n - 1` times and moves it into the last slot (`T: Clone`);
/// * `vec![a, b, c]` allocates exactly three elements.
///
/// The real macro boxes an array and turns the box into a vector without copying; this model moves the
/// array into a freshly allocated buffer of the same capacity, which is observably the same
/// (capacity == length).
#[macro_export]
macro_rules! vec {
    () => {
        $crate::vec::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::vec::from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::vec::from_array([$($x),+])
    };
}

/// Creates a `String` using interpolation of runtime expressions, like the real `format!`.
#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => {
        $crate::fmt::format($crate::__export::format_args!($($arg)*))
    };
}
