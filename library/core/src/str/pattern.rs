//! The model's string `Pattern` trait (real core's `Pattern`/`Searcher` API is unstable, so the
//! model uses a simpler, self-made interface that supports the same stable methods of `str`).
//! Matching semantics follow real core: an empty `&str` pattern matches at every char boundary,
//! char predicates match one char at a time.

use crate::marker::Sized;
use crate::ops::FnMut;
use crate::option::Option::{self, None, Some};

/// Something `str` methods can search for.
pub trait Pattern: Sized {
    /// The first match `(start, end)` with `start >= from` (`from` is a char boundary).
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
    /// The last match `(start, end)` with `end <= to` (`to` is a char boundary).
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)>;
    /// The length of a match at the very start of `haystack`.
    fn match_prefix_len(&mut self, haystack: &str) -> Option<usize>;
    /// The length of a match at the very end of `haystack`.
    fn match_suffix_len(&mut self, haystack: &str) -> Option<usize>;

    fn is_prefix_of(self, haystack: &str) -> bool {
        let mut this = self;
        this.match_prefix_len(haystack).is_some()
    }

    fn is_suffix_of(self, haystack: &str) -> bool {
        let mut this = self;
        this.match_suffix_len(haystack).is_some()
    }
}

/// A pattern that matches single chars.
pub trait CharPredicate {
    fn matches_char(&mut self, c: char) -> bool;
}

impl CharPredicate for char {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        *self == c
    }
}

impl<const N: usize> CharPredicate for [char; N] {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

impl<const N: usize> CharPredicate for &[char; N] {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

impl CharPredicate for &[char] {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        self.contains(&c)
    }
}

/// `char::is_whitespace` as a nameable, `Copy` pattern (used by `split_whitespace`).
#[derive(Clone, Copy)]
pub struct IsWhitespace;

impl CharPredicate for IsWhitespace {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        c.is_whitespace()
    }
}

/// `char::is_ascii_whitespace` as a nameable, `Copy` pattern.
#[derive(Clone, Copy)]
pub struct IsAsciiWhitespace;

impl CharPredicate for IsAsciiWhitespace {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        c.is_ascii_whitespace()
    }
}

impl<F: FnMut(char) -> bool> CharPredicate for F {
    #[inline]
    fn matches_char(&mut self, c: char) -> bool {
        self(c)
    }
}

fn char_find<C: CharPredicate>(pred: &mut C, haystack: &str, from: usize) -> Option<(usize, usize)> {
    if from > haystack.len() {
        return None;
    }
    // SAFETY: `from` is a char boundary.
    let rest = unsafe { haystack.get_unchecked(from..) };
    for (i, c) in rest.char_indices() {
        if pred.matches_char(c) {
            return Some((from + i, from + i + c.len_utf8()));
        }
    }
    None
}

fn char_rfind<C: CharPredicate>(pred: &mut C, haystack: &str, to: usize) -> Option<(usize, usize)> {
    // SAFETY: `to` is a char boundary.
    let rest = unsafe { haystack.get_unchecked(..to) };
    let mut it = rest.char_indices();
    while let Some((i, c)) = crate::iter::DoubleEndedIterator::next_back(&mut it) {
        if pred.matches_char(c) {
            return Some((i, i + c.len_utf8()));
        }
    }
    None
}

fn char_prefix<C: CharPredicate>(pred: &mut C, haystack: &str) -> Option<usize> {
    match haystack.chars().next() {
        Some(c) if pred.matches_char(c) => Some(c.len_utf8()),
        _ => None,
    }
}

fn char_suffix<C: CharPredicate>(pred: &mut C, haystack: &str) -> Option<usize> {
    match haystack.chars().next_back() {
        Some(c) if pred.matches_char(c) => Some(c.len_utf8()),
        _ => None,
    }
}

use crate::iter::{DoubleEndedIterator, Iterator};

macro_rules! char_pattern_impl {
    ($([$($gen:tt)*] $t:ty;)*) => {$(
        impl<$($gen)*> Pattern for $t {
            #[inline]
            fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
                char_find(self, haystack, from)
            }
            #[inline]
            fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
                char_rfind(self, haystack, to)
            }
            #[inline]
            fn match_prefix_len(&mut self, haystack: &str) -> Option<usize> {
                char_prefix(self, haystack)
            }
            #[inline]
            fn match_suffix_len(&mut self, haystack: &str) -> Option<usize> {
                char_suffix(self, haystack)
            }
        }
    )*};
}

char_pattern_impl! {
    [] char;
    [const N: usize] [char; N];
    [const N: usize] &[char; N];
    ['b] &'b [char];
    [F: FnMut(char) -> bool] F;
    [] IsWhitespace;
    [] IsAsciiWhitespace;
}

fn str_find(needle: &str, haystack: &str, from: usize) -> Option<(usize, usize)> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if from > h.len() || n.len() > h.len() {
        return None;
    }
    let mut i = from;
    while i + n.len() <= h.len() {
        if haystack.is_char_boundary(i) && &h[i..i + n.len()] == n {
            return Some((i, i + n.len()));
        }
        i += 1;
    }
    None
}

fn str_rfind(needle: &str, haystack: &str, to: usize) -> Option<(usize, usize)> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > to {
        return None;
    }
    let mut i = to - n.len() + 1;
    while i > 0 {
        i -= 1;
        if haystack.is_char_boundary(i) && &h[i..i + n.len()] == n {
            return Some((i, i + n.len()));
        }
    }
    None
}

impl<'b> Pattern for &'b str {
    #[inline]
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_find(self, haystack, from)
    }
    #[inline]
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        str_rfind(self, haystack, to)
    }
    #[inline]
    fn match_prefix_len(&mut self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().starts_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
    #[inline]
    fn match_suffix_len(&mut self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().ends_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
}

impl<'b, 'c> Pattern for &'c &'b str {
    #[inline]
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        str_find(self, haystack, from)
    }
    #[inline]
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> {
        str_rfind(self, haystack, to)
    }
    #[inline]
    fn match_prefix_len(&mut self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().starts_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
    #[inline]
    fn match_suffix_len(&mut self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().ends_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
}

/// Helpers the model `alloc` uses to implement `Pattern` for `&String`.
#[doc(hidden)]
pub fn find_str(needle: &str, haystack: &str, from: usize) -> Option<(usize, usize)> {
    str_find(needle, haystack, from)
}

#[doc(hidden)]
pub fn rfind_str(needle: &str, haystack: &str, to: usize) -> Option<(usize, usize)> {
    str_rfind(needle, haystack, to)
}
