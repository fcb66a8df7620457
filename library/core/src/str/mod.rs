//! String slices `str`: inherent methods, UTF-8 validation (`from_utf8`), indexing by byte ranges
//! with real core's panic messages, comparisons, `FromStr`. Searching goes through this model's
//! own `Pattern` trait (`pattern.rs`; implemented for `char`, `&str`, `&&str`, char arrays and
//! slices, and `FnMut(char) -> bool`; the model `alloc` adds `&String`), iterators are in `iter.rs`.

mod iter;
mod pattern;
mod traits;
mod validations;

pub use self::iter::{EscapeDebug, EscapeDefault, EscapeUnicode};
pub use self::iter::{
    Bytes, CharIndices, Chars, EncodeUtf16, Lines, MatchIndices, Matches, RMatchIndices, RMatches, RSplit, RSplitN, Split,
    SplitAsciiWhitespace, SplitInclusive, SplitN, SplitTerminator, SplitWhitespace,
};
pub use self::pattern::Pattern;
pub use self::traits::FromStr;
pub use self::validations::{from_utf8, from_utf8_mut, next_code_point, Utf8Error};

use crate::intrinsics;
use crate::marker::Sized;
use crate::ops::{self, FnMut};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::slice::{self, SliceIndex};

/// Converts a byte slice to a `str` without checking UTF-8.
///
/// # Safety
/// The bytes must be valid UTF-8.
#[inline]
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    // SAFETY: the caller must guarantee that the bytes `v` are valid UTF-8; `str` and `[u8]` have
    // the same layout.
    unsafe { intrinsics::transmute::<&[u8], &str>(v) }
}

/// # Safety
/// The bytes must be valid UTF-8.
#[inline]
pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
    // SAFETY: see `from_utf8_unchecked`.
    unsafe { &mut *(v as *mut [u8] as *mut str) }
}

/// `str::from_raw_parts` (unstable in real core).
pub unsafe fn from_raw_parts<'a>(ptr: *const u8, len: usize) -> &'a str {
    // SAFETY: the caller guarantees valid UTF-8 bytes.
    unsafe { from_utf8_unchecked(slice::from_raw_parts(ptr, len)) }
}

#[inline(never)]
#[cold]
#[track_caller]
pub(crate) fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    const MAX_DISPLAY_LENGTH: usize = 256;
    let trunc_len = s.floor_char_boundary(MAX_DISPLAY_LENGTH);
    // SAFETY: `trunc_len` is a char boundary.
    let s_trunc = unsafe { s.get_unchecked(..trunc_len) };
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };

    // Messages as rustc 1.95's core.
    if begin > s.len() {
        panic!("start byte index {begin} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    if end > s.len() {
        panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    if begin > end {
        panic!("begin > end ({begin} > {end}) when slicing `{s_trunc}`{ellipsis}");
    }
    let (which, index) = if !s.is_char_boundary(begin) { ("start", begin) } else { ("end", end) };
    let char_start = s.floor_char_boundary(index);
    // SAFETY: `char_start` is a char boundary below the length.
    let ch = unsafe { s.get_unchecked(char_start..) }.chars().next().unwrap();
    let char_range = char_start..char_start + ch.len_utf8();
    panic!(
        "{} byte index {} is not a char boundary; it is inside {:?} (bytes {:?}) of `{}`{}",
        which, index, ch, char_range, s_trunc, ellipsis
    );
}

impl str {
    #[inline]
    pub const fn len(&self) -> usize {
        self.as_bytes().len()
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        if index >= self.len() {
            return index == self.len();
        }
        // Not a continuation byte (`0b10xx_xxxx`).
        (self.as_bytes()[index] as i8) >= -0x40
    }

    pub fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            self.len()
        } else {
            let mut i = index;
            while !self.is_char_boundary(i) {
                i -= 1;
            }
            i
        }
    }

    pub fn ceil_char_boundary(&self, index: usize) -> usize {
        if index > self.len() {
            self.len()
        } else {
            let mut i = index;
            while !self.is_char_boundary(i) {
                i += 1;
            }
            i
        }
    }

    #[inline(always)]
    pub const fn as_bytes(&self) -> &[u8] {
        // SAFETY: `str` and `[u8]` have the same layout.
        unsafe { intrinsics::transmute::<&str, &[u8]>(self) }
    }

    /// # Safety
    /// The caller must keep the contents valid UTF-8.
    #[inline(always)]
    pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: `str` and `[u8]` have the same layout.
        unsafe { &mut *(self as *mut str as *mut [u8]) }
    }

    #[inline(always)]
    pub const fn as_ptr(&self) -> *const u8 {
        self as *const str as *const u8
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        self as *mut str as *mut u8
    }

    #[inline]
    pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output> {
        i.get(self)
    }

    #[inline]
    pub fn get_mut<I: SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output> {
        i.get_mut(self)
    }

    /// # Safety
    /// The range must be in bounds and on char boundaries.
    #[inline]
    pub unsafe fn get_unchecked<I: SliceIndex<str>>(&self, i: I) -> &I::Output {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked`.
        unsafe { &*i.get_unchecked(self) }
    }

    /// # Safety
    /// The range must be in bounds and on char boundaries.
    #[inline]
    pub unsafe fn get_unchecked_mut<I: SliceIndex<str>>(&mut self, i: I) -> &mut I::Output {
        // SAFETY: the caller must uphold the safety contract for `get_unchecked_mut`.
        unsafe { &mut *i.get_unchecked_mut(self) }
    }

    #[inline]
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        match self.split_at_checked(mid) {
            Some(pair) => pair,
            None => slice_error_fail(self, 0, mid),
        }
    }

    #[inline]
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut str, &mut str) {
        if self.is_char_boundary(mid) {
            let len = self.len();
            let ptr = self.as_mut_ptr();
            // SAFETY: `mid` is a char boundary; the halves are disjoint.
            unsafe {
                (
                    from_utf8_unchecked_mut(slice::from_raw_parts_mut(ptr, mid)),
                    from_utf8_unchecked_mut(slice::from_raw_parts_mut(ptr.add(mid), len - mid)),
                )
            }
        } else {
            slice_error_fail(self, 0, mid)
        }
    }

    #[inline]
    pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        if self.is_char_boundary(mid) {
            // SAFETY: `mid` is a char boundary.
            unsafe { Some((self.get_unchecked(0..mid), self.get_unchecked(mid..self.len()))) }
        } else {
            None
        }
    }

    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        Chars::new(self)
    }

    #[inline]
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices::new(self)
    }

    #[inline]
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes::new(self)
    }

    #[inline]
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace::new(self)
    }

    #[inline]
    pub fn split_ascii_whitespace(&self) -> SplitAsciiWhitespace<'_> {
        SplitAsciiWhitespace::new(self)
    }

    #[inline]
    pub fn lines(&self) -> Lines<'_> {
        Lines::new(self)
    }

    pub fn encode_utf16(&self) -> EncodeUtf16<'_> {
        EncodeUtf16::new(self)
    }

    #[inline]
    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        let mut pat = pat;
        pat.find_in(self, 0).is_some()
    }

    #[inline]
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_prefix_of(self)
    }

    #[inline]
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_suffix_of(self)
    }

    #[inline]
    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        match pat.find_in(self, 0) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    #[inline]
    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        let mut pat = pat;
        match pat.rfind_in(self, self.len()) {
            Some((a, _)) => Some(a),
            None => None,
        }
    }

    #[inline]
    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::new(self, pat, true)
    }

    #[inline]
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> SplitInclusive<'_, P> {
        SplitInclusive::new(self, pat)
    }

    #[inline]
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit::new(self, pat)
    }

    #[inline]
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> {
        SplitTerminator::new(self, pat)
    }

    #[inline]
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN::new(self, pat, n)
    }

    #[inline]
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN::new(self, pat, n)
    }

    #[inline]
    pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)> {
        let mut delimiter = delimiter;
        let (start, end) = delimiter.find_in(self, 0)?;
        // SAFETY: `Pattern` is known to return valid indices.
        unsafe { Some((self.get_unchecked(..start), self.get_unchecked(end..))) }
    }

    #[inline]
    pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&'_ str, &'_ str)> {
        let mut delimiter = delimiter;
        let (start, end) = delimiter.rfind_in(self, self.len())?;
        // SAFETY: `Pattern` is known to return valid indices.
        unsafe { Some((self.get_unchecked(..start), self.get_unchecked(end..))) }
    }

    #[inline]
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches::new(self, pat)
    }

    #[inline]
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices::new(self, pat)
    }

    #[inline]
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> {
        RMatches::new(self, pat)
    }

    #[inline]
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices::new(self, pat)
    }

    /// Removes leading and trailing whitespace (Unicode `White_Space`).
    #[inline]
    pub fn trim(&self) -> &str {
        self.trim_matches(|c: char| c.is_whitespace())
    }

    #[inline]
    pub fn trim_start(&self) -> &str {
        self.trim_start_matches(|c: char| c.is_whitespace())
    }

    #[inline]
    pub fn trim_end(&self) -> &str {
        self.trim_end_matches(|c: char| c.is_whitespace())
    }

    #[inline]
    pub fn trim_left(&self) -> &str {
        self.trim_start()
    }

    #[inline]
    pub fn trim_right(&self) -> &str {
        self.trim_end()
    }

    #[inline]
    pub fn trim_ascii(&self) -> &str {
        self.trim_matches(|c: char| c.is_ascii_whitespace())
    }

    #[inline]
    pub fn trim_ascii_start(&self) -> &str {
        self.trim_start_matches(|c: char| c.is_ascii_whitespace())
    }

    #[inline]
    pub fn trim_ascii_end(&self) -> &str {
        self.trim_end_matches(|c: char| c.is_ascii_whitespace())
    }

    pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        let mut end = self.len();
        loop {
            // SAFETY: `start..end` stays on char boundaries.
            let rest = unsafe { self.get_unchecked(start..end) };
            match pat.match_prefix_len(rest) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        loop {
            // SAFETY: `start..end` stays on char boundaries.
            let rest = unsafe { self.get_unchecked(start..end) };
            match pat.match_suffix_len(rest) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        // SAFETY: `start..end` is on char boundaries.
        unsafe { self.get_unchecked(start..end) }
    }

    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut start = 0;
        loop {
            // SAFETY: `start` stays on a char boundary.
            let rest = unsafe { self.get_unchecked(start..) };
            match pat.match_prefix_len(rest) {
                Some(n) if n > 0 => start += n,
                _ => break,
            }
        }
        // SAFETY: `start` is on a char boundary.
        unsafe { self.get_unchecked(start..) }
    }

    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut pat = pat;
        let mut end = self.len();
        loop {
            // SAFETY: `end` stays on a char boundary.
            let rest = unsafe { self.get_unchecked(..end) };
            match pat.match_suffix_len(rest) {
                Some(n) if n > 0 => end -= n,
                _ => break,
            }
        }
        // SAFETY: `end` is on a char boundary.
        unsafe { self.get_unchecked(..end) }
    }

    pub fn trim_left_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_start_matches(pat)
    }

    pub fn trim_right_matches<P: Pattern>(&self, pat: P) -> &str {
        self.trim_end_matches(pat)
    }

    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let mut prefix = prefix;
        let n = prefix.match_prefix_len(self)?;
        // SAFETY: the pattern matched `n` bytes at a char boundary.
        Some(unsafe { self.get_unchecked(n..) })
    }

    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let mut suffix = suffix;
        let n = suffix.match_suffix_len(self)?;
        // SAFETY: the pattern matched `n` bytes at a char boundary.
        Some(unsafe { self.get_unchecked(..self.len() - n) })
    }

    #[inline]
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        FromStr::from_str(self)
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.as_bytes().is_ascii()
    }

    #[inline]
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        self.as_bytes().eq_ignore_ascii_case(other.as_bytes())
    }

    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        // SAFETY: changing ASCII letters only does not invalidate UTF-8.
        let me = unsafe { self.as_bytes_mut() };
        me.make_ascii_uppercase()
    }

    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        // SAFETY: changing ASCII letters only does not invalidate UTF-8.
        let me = unsafe { self.as_bytes_mut() };
        me.make_ascii_lowercase()
    }

    /// The `char::escape_debug` escapes of each char (real core also escapes grapheme extenders
    /// only at the start; not modelled).
    pub fn escape_debug(&self) -> EscapeDebug<'_> {
        EscapeDebug::new(self)
    }

    pub fn escape_default(&self) -> EscapeDefault<'_> {
        EscapeDefault::new(self)
    }

    pub fn escape_unicode(&self) -> EscapeUnicode<'_> {
        EscapeUnicode::new(self)
    }
}

impl crate::convert::AsRef<[u8]> for str {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl crate::convert::AsRef<str> for str {
    #[inline]
    fn as_ref(&self) -> &str {
        self
    }
}

impl crate::convert::AsMut<str> for str {
    #[inline]
    fn as_mut(&mut self) -> &mut str {
        self
    }
}

impl crate::default::Default for &str {
    #[inline]
    fn default() -> Self {
        ""
    }
}

impl crate::default::Default for &mut str {
    #[inline]
    fn default() -> Self {
        // SAFETY: the empty string is valid UTF-8.
        unsafe { from_utf8_unchecked_mut(&mut []) }
    }
}

/// Error of `str::parse::<bool>()`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseBoolError;

impl crate::fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad("provided string was not `true` or `false`")
    }
}
