//! `alloc::fmt`: everything of `core::fmt`, plus [`format`], the function behind `format!`.

#[doc(inline)]
pub use core::fmt::*;

use crate::string::String;

/// Formats `args` into a new `String` (the expansion of `format!`).
///
/// Like the real std, a format string without arguments is copied directly (capacity == length), and
/// otherwise the string starts with the capacity `Arguments::estimated_capacity` suggests.
pub fn format(args: Arguments<'_>) -> String {
    match args.as_str() {
        Some(s) => String::from(s),
        None => {
            let mut output = String::with_capacity(args.estimated_capacity());
            if Write::write_fmt(&mut output, args).is_err() {
                panic!("a formatting trait implementation returned an error when the underlying stream did not");
            }
            output
        }
    }
}
