//! Iterators over `str`: `Chars` (UTF-8 decoding, both directions), `CharIndices`, `Bytes`, the
//! pattern-based splitters, `Lines`, `SplitWhitespace`, `EncodeUtf16`.

use super::pattern::{IsAsciiWhitespace, IsWhitespace, Pattern};
use super::validations::{next_code_point, next_code_point_reverse};
use super::from_utf8_unchecked;
use crate::clone::Clone;
use crate::fmt;
use crate::iter::{Copied, DoubleEndedIterator, ExactSizeIterator, Filter, FusedIterator, Iterator, Map};
use crate::marker::Sized;
use crate::option::Option::{self, None, Some};
use crate::slice;

#[derive(Clone)]
pub struct Chars<'a> {
    iter: slice::Iter<'a, u8>,
}

impl<'a> Chars<'a> {
    pub(super) fn new(s: &'a str) -> Chars<'a> {
        Chars { iter: s.as_bytes().iter() }
    }

    /// The remaining part of the string.
    #[inline]
    pub fn as_str(&self) -> &'a str {
        // SAFETY: `Chars` is only made from a str, which guarantees the iter is valid UTF-8.
        unsafe { from_utf8_unchecked(self.iter.as_slice()) }
    }
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;

    #[inline]
    fn next(&mut self) -> Option<char> {
        // SAFETY: `str` invariant says `self.iter` is a valid UTF-8 string and the resulting
        // `ch` is a valid Unicode Scalar Value.
        match next_code_point(&mut self.iter) {
            Some(ch) => Some(unsafe { char::from_u32_unchecked(ch) }),
            None => None,
        }
    }

    #[inline]
    fn count(self) -> usize {
        // Count the bytes that are not continuation bytes.
        let mut n = 0;
        for &b in self.iter {
            if (b as i8) >= -0x40 {
                n += 1;
            }
        }
        n
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.iter.len();
        ((len + 3) / 4, Some(len))
    }

    #[inline]
    fn last(mut self) -> Option<char> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<char> {
        // SAFETY: as in `next`.
        match next_code_point_reverse(&mut self.iter) {
            Some(ch) => Some(unsafe { char::from_u32_unchecked(ch) }),
            None => None,
        }
    }
}

impl FusedIterator for Chars<'_> {}

impl fmt::Debug for Chars<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Chars(")?;
        f.debug_list().entries(self.clone()).finish()?;
        f.write_str(")")
    }
}

#[derive(Clone, Debug)]
pub struct CharIndices<'a> {
    front_offset: usize,
    iter: Chars<'a>,
}

impl<'a> CharIndices<'a> {
    pub(super) fn new(s: &'a str) -> CharIndices<'a> {
        CharIndices { front_offset: 0, iter: s.chars() }
    }

    #[inline]
    pub fn as_str(&self) -> &'a str {
        self.iter.as_str()
    }

    #[inline]
    pub fn offset(&self) -> usize {
        self.front_offset
    }
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);

    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let pre_len = self.iter.iter.len();
        match self.iter.next() {
            None => None,
            Some(ch) => {
                let index = self.front_offset;
                let len = self.iter.iter.len();
                self.front_offset += pre_len - len;
                Some((index, ch))
            }
        }
    }

    #[inline]
    fn count(self) -> usize {
        self.iter.count()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, char)> {
        match self.iter.next_back() {
            Some(ch) => {
                let index = self.front_offset + self.iter.iter.len();
                Some((index, ch))
            }
            None => None,
        }
    }
}

impl FusedIterator for CharIndices<'_> {}

#[derive(Clone, Debug)]
pub struct Bytes<'a>(Copied<slice::Iter<'a, u8>>);

impl<'a> Bytes<'a> {
    pub(super) fn new(s: &'a str) -> Bytes<'a> {
        Bytes(s.as_bytes().iter().copied())
    }
}

impl Iterator for Bytes<'_> {
    type Item = u8;

    #[inline]
    fn next(&mut self) -> Option<u8> {
        self.0.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<u8> {
        self.0.nth(n)
    }
}

impl DoubleEndedIterator for Bytes<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<u8> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for Bytes<'_> {}
impl FusedIterator for Bytes<'_> {}

/// Where to continue searching after a match `(a, b)`: after an empty match, one char further.
fn advance_after(haystack: &str, a: usize, b: usize) -> usize {
    if a == b {
        // SAFETY: `a` is a char boundary.
        match unsafe { haystack.get_unchecked(a..) }.chars().next() {
            Some(c) => a + c.len_utf8(),
            None => haystack.len() + 1,
        }
    } else {
        b
    }
}

pub struct Split<'a, P: Pattern> {
    haystack: &'a str,
    start: usize,
    search_pos: usize,
    pat: P,
    finished: bool,
    allow_trailing_empty: bool,
}

impl<'a, P: Pattern> Split<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P, allow_trailing_empty: bool) -> Self {
        Split { haystack, start: 0, search_pos: 0, pat, finished: false, allow_trailing_empty }
    }

    /// The rest of the string, not yet split.
    pub fn remainder(&self) -> Option<&'a str> {
        if self.finished {
            None
        } else {
            // SAFETY: `start` is a char boundary.
            Some(unsafe { self.haystack.get_unchecked(self.start..) })
        }
    }

    fn get_end(&mut self) -> Option<&'a str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.haystack.len() > self.start {
                // SAFETY: `start` is a char boundary.
                return Some(unsafe { self.haystack.get_unchecked(self.start..) });
            }
        }
        None
    }
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.pat.find_in(self.haystack, self.search_pos) {
            Some((a, b)) => {
                // SAFETY: `Pattern` returns char boundaries.
                let elt = unsafe { self.haystack.get_unchecked(self.start..a) };
                self.start = b;
                self.search_pos = advance_after(self.haystack, a, b);
                Some(elt)
            }
            None => self.get_end(),
        }
    }
}

impl<'a, P: Pattern + Clone> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        // Simple but correct: split everything and take the last piece.
        if self.finished {
            return None;
        }
        let mut last = None;
        let mut count = 0usize;
        let mut probe = Split {
            haystack: self.haystack,
            start: self.start,
            search_pos: self.search_pos,
            pat: self.pat.clone(),
            finished: false,
            allow_trailing_empty: self.allow_trailing_empty,
        };
        let mut last_start = self.start;
        while let Some(s) = probe.next() {
            last_start = s.as_ptr() as usize - self.haystack.as_ptr() as usize;
            last = Some(s);
            count += 1;
        }
        match last {
            Some(s) => {
                if count == 1 {
                    self.finished = true;
                } else {
                    // Cut the haystack before the separator that preceded `s`.
                    let mut it = Split {
                        haystack: self.haystack,
                        start: self.start,
                        search_pos: self.search_pos,
                        pat: self.pat.clone(),
                        finished: false,
                        allow_trailing_empty: true,
                    };
                    let mut k = 0;
                    let mut cut = last_start;
                    while k + 1 < count {
                        let piece = it.next().unwrap();
                        cut = piece.as_ptr() as usize - self.haystack.as_ptr() as usize + piece.len();
                        k += 1;
                    }
                    // SAFETY: `cut` is a char boundary (end of a piece).
                    self.haystack = unsafe { self.haystack.get_unchecked(..cut) };
                    self.allow_trailing_empty = true;
                }
                Some(s)
            }
            None => {
                self.finished = true;
                None
            }
        }
    }
}

impl<'a, P: Pattern> fmt::Debug for Split<'a, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Split").finish_non_exhaustive()
    }
}

impl<'a, P: Pattern + Clone> Clone for Split<'a, P> {
    fn clone(&self) -> Self {
        Split {
            haystack: self.haystack,
            start: self.start,
            search_pos: self.search_pos,
            pat: self.pat.clone(),
            finished: self.finished,
            allow_trailing_empty: self.allow_trailing_empty,
        }
    }
}

pub struct SplitTerminator<'a, P: Pattern>(Split<'a, P>);

impl<'a, P: Pattern> SplitTerminator<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        SplitTerminator(Split::new(haystack, pat, false))
    }
}

impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.0.next()
    }
}

pub struct SplitInclusive<'a, P: Pattern> {
    haystack: &'a str,
    start: usize,
    search_pos: usize,
    pat: P,
    finished: bool,
}

impl<'a, P: Pattern> SplitInclusive<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        SplitInclusive { haystack, start: 0, search_pos: 0, pat, finished: false }
    }
}

impl<'a, P: Pattern> Iterator for SplitInclusive<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.pat.find_in(self.haystack, self.search_pos) {
            Some((a, b)) if b > 0 || a != b => {
                // SAFETY: `Pattern` returns char boundaries.
                let elt = unsafe { self.haystack.get_unchecked(self.start..b) };
                self.start = b;
                self.search_pos = advance_after(self.haystack, a, b);
                if elt.is_empty() && self.start >= self.haystack.len() {
                    self.finished = true;
                    return None;
                }
                Some(elt)
            }
            Some((a, b)) => {
                self.search_pos = advance_after(self.haystack, a, b);
                self.next()
            }
            None => {
                self.finished = true;
                if self.haystack.len() > self.start {
                    // SAFETY: `start` is a char boundary.
                    Some(unsafe { self.haystack.get_unchecked(self.start..) })
                } else {
                    None
                }
            }
        }
    }
}

pub struct RSplit<'a, P: Pattern> {
    haystack: &'a str,
    end: usize,
    search_end: Option<usize>,
    pat: P,
    finished: bool,
}

impl<'a, P: Pattern> RSplit<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        RSplit { haystack, end: haystack.len(), search_end: Some(haystack.len()), pat, finished: false }
    }
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        let found = match self.search_end {
            Some(to) => self.pat.rfind_in(self.haystack, to),
            None => None,
        };
        match found {
            Some((a, b)) => {
                // SAFETY: `Pattern` returns char boundaries.
                let elt = unsafe { self.haystack.get_unchecked(b..self.end) };
                self.end = a;
                self.search_end = if a == b {
                    // SAFETY: `a` is a char boundary.
                    match unsafe { self.haystack.get_unchecked(..a) }.chars().next_back() {
                        Some(c) => Some(a - c.len_utf8()),
                        None => None,
                    }
                } else {
                    Some(a)
                };
                Some(elt)
            }
            None => {
                self.finished = true;
                // SAFETY: `end` is a char boundary.
                Some(unsafe { self.haystack.get_unchecked(..self.end) })
            }
        }
    }
}

pub struct SplitN<'a, P: Pattern> {
    iter: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> SplitN<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P, count: usize) -> Self {
        SplitN { iter: Split::new(haystack, pat, true), count }
    }
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.iter.get_end()
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

pub struct RSplitN<'a, P: Pattern> {
    iter: RSplit<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> RSplitN<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P, count: usize) -> Self {
        RSplitN { iter: RSplit::new(haystack, pat), count }
    }
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                if self.iter.finished {
                    None
                } else {
                    self.iter.finished = true;
                    // SAFETY: `end` is a char boundary.
                    Some(unsafe { self.iter.haystack.get_unchecked(..self.iter.end) })
                }
            }
            _ => {
                self.count -= 1;
                self.iter.next()
            }
        }
    }
}

pub struct MatchIndices<'a, P: Pattern> {
    haystack: &'a str,
    search_pos: usize,
    pat: P,
}

impl<'a, P: Pattern> MatchIndices<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        MatchIndices { haystack, search_pos: 0, pat }
    }
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (a, b) = self.pat.find_in(self.haystack, self.search_pos)?;
        self.search_pos = advance_after(self.haystack, a, b);
        // SAFETY: `Pattern` returns char boundaries.
        Some((a, unsafe { self.haystack.get_unchecked(a..b) }))
    }
}

pub struct Matches<'a, P: Pattern>(MatchIndices<'a, P>);

impl<'a, P: Pattern> Matches<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        Matches(MatchIndices::new(haystack, pat))
    }
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.0.next() {
            Some((_, s)) => Some(s),
            None => None,
        }
    }
}

/// `rmatch_indices`: non-overlapping matches from the end.
pub struct RMatchIndices<'a, P: Pattern> {
    haystack: &'a str,
    /// Matches must end at or before this (`None`: finished).
    to: Option<usize>,
    pat: P,
}

impl<'a, P: Pattern> RMatchIndices<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        RMatchIndices { haystack, to: Some(haystack.len()), pat }
    }
}

impl<'a, P: Pattern> Iterator for RMatchIndices<'a, P> {
    type Item = (usize, &'a str);

    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let to = self.to?;
        let Some((a, b)) = self.pat.rfind_in(self.haystack, to) else {
            self.to = None;
            return None;
        };
        self.to = if a == b {
            // SAFETY: `a` is a char boundary.
            match unsafe { self.haystack.get_unchecked(..a) }.chars().next_back() {
                Some(c) => Some(a - c.len_utf8()),
                None => None,
            }
        } else {
            Some(a)
        };
        // SAFETY: `Pattern` returns char boundaries.
        Some((a, unsafe { self.haystack.get_unchecked(a..b) }))
    }
}

pub struct RMatches<'a, P: Pattern>(RMatchIndices<'a, P>);

impl<'a, P: Pattern> RMatches<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        RMatches(RMatchIndices::new(haystack, pat))
    }
}

impl<'a, P: Pattern> Iterator for RMatches<'a, P> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self.0.next() {
            Some((_, s)) => Some(s),
            None => None,
        }
    }
}

/// Lines split at `\n`, with a trailing `\r` removed; no empty line at the end (real core).
pub struct Lines<'a>(SplitInclusive<'a, char>);

impl<'a> Lines<'a> {
    pub(super) fn new(s: &'a str) -> Lines<'a> {
        Lines(SplitInclusive::new(s, '\n'))
    }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let line = self.0.next()?;
        let Some(line) = line.strip_suffix('\n') else { return Some(line) };
        let Some(line) = line.strip_suffix('\r') else { return Some(line) };
        Some(line)
    }
}

impl fmt::Debug for Lines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lines").finish_non_exhaustive()
    }
}

pub struct SplitWhitespace<'a> {
    inner: Split<'a, IsWhitespace>,
}

impl<'a> SplitWhitespace<'a> {
    pub(super) fn new(s: &'a str) -> SplitWhitespace<'a> {
        SplitWhitespace { inner: Split::new(s, IsWhitespace, true) }
    }
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        loop {
            let s = self.inner.next()?;
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        loop {
            let s = self.inner.next_back()?;
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
}

pub struct SplitAsciiWhitespace<'a> {
    inner: Split<'a, IsAsciiWhitespace>,
}

impl<'a> SplitAsciiWhitespace<'a> {
    pub(super) fn new(s: &'a str) -> SplitAsciiWhitespace<'a> {
        SplitAsciiWhitespace { inner: Split::new(s, IsAsciiWhitespace, true) }
    }
}

impl<'a> DoubleEndedIterator for SplitAsciiWhitespace<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        loop {
            let s = self.inner.next_back()?;
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
}

impl<'a> Iterator for SplitAsciiWhitespace<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        loop {
            let s = self.inner.next()?;
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
}

#[derive(Clone)]
pub struct EncodeUtf16<'a> {
    chars: Chars<'a>,
    extra: u16,
}

impl<'a> EncodeUtf16<'a> {
    pub(super) fn new(s: &'a str) -> EncodeUtf16<'a> {
        EncodeUtf16 { chars: s.chars(), extra: 0 }
    }
}

impl<'a> Iterator for EncodeUtf16<'a> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        if self.extra != 0 {
            let tmp = self.extra;
            self.extra = 0;
            return Some(tmp);
        }
        let ch = self.chars.next()? as u32;
        if ch < 0x10000 {
            Some(ch as u16)
        } else {
            let c = ch - 0x10000;
            self.extra = 0xDC00 | (c & 0x3FF) as u16;
            Some(0xD800 | (c >> 10) as u16)
        }
    }
}

macro_rules! str_escape {
    ($($name:ident $char_iter:ident $f:expr;)*) => {$(
        /// The escapes of all chars of a string (an iterator of chars that is also `Display`).
        #[derive(Clone)]
        pub struct $name<'a> {
            chars: Chars<'a>,
            current: Option<crate::char::$char_iter>,
        }

        impl<'a> $name<'a> {
            pub(super) fn new(s: &'a str) -> Self {
                $name { chars: s.chars(), current: None }
            }
        }

        impl<'a> Iterator for $name<'a> {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                loop {
                    if let Some(cur) = &mut self.current {
                        if let Some(c) = cur.next() {
                            return Some(c);
                        }
                    }
                    let c = self.chars.next()?;
                    let f: fn(char) -> crate::char::$char_iter = $f;
                    self.current = Some(f(c));
                }
            }
        }

        impl fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for c in self.clone() {
                    f.write_char(c)?;
                }
                crate::result::Result::Ok(())
            }
        }

        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }
    )*};
}

str_escape! {
    EscapeDebug EscapeDebug crate::char::escape_debug_str_char;
    EscapeDefault EscapeDefault char::escape_default;
    EscapeUnicode EscapeUnicode char::escape_unicode;
}
