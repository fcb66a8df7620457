//! `alloc::str`: everything of `core::str`, plus the `str` methods that allocate (`to_uppercase`,
//! `to_lowercase`, `repeat`, `replace`, `replacen`, `to_ascii_*case`, `into_string`,
//! `into_boxed_bytes`), defined as inherent methods of `str` like in the real std
//! (`#[rustc_allow_incoherent_impl]`), and the UTF-8 helpers `String` uses.
//!
//! Case mapping covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (one-to-one mappings, plus
//! `ß` → `SS` and final sigma), not the whole Unicode table of the real std.

#[doc(inline)]
pub use core::str::*;

use core::mem;

use crate::borrow::ToOwned;
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

/// Encodes the scalar value `code` as UTF-8 into `buf`; returns the number of bytes.
pub(crate) fn encode_utf8_raw(code: u32, buf: &mut [u8; 4]) -> usize {
    if code < 0x80 {
        buf[0] = code as u8;
        1
    } else if code < 0x800 {
        buf[0] = (code >> 6 & 0x1F) as u8 | 0xC0;
        buf[1] = (code & 0x3F) as u8 | 0x80;
        2
    } else if code < 0x10000 {
        buf[0] = (code >> 12 & 0x0F) as u8 | 0xE0;
        buf[1] = (code >> 6 & 0x3F) as u8 | 0x80;
        buf[2] = (code & 0x3F) as u8 | 0x80;
        3
    } else {
        buf[0] = (code >> 18 & 0x07) as u8 | 0xF0;
        buf[1] = (code >> 12 & 0x3F) as u8 | 0x80;
        buf[2] = (code >> 6 & 0x3F) as u8 | 0x80;
        buf[3] = (code & 0x3F) as u8 | 0x80;
        4
    }
}

/// Decodes the character starting at byte `i` of valid UTF-8; returns it and its length.
pub(crate) fn decode_utf8_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i] as u32;
    let (code, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        ((b0 & 0x1F) << 6 | (bytes[i + 1] as u32 & 0x3F), 2)
    } else if b0 < 0xF0 {
        ((b0 & 0x0F) << 12 | (bytes[i + 1] as u32 & 0x3F) << 6 | (bytes[i + 2] as u32 & 0x3F), 3)
    } else {
        (
            (b0 & 0x07) << 18
                | (bytes[i + 1] as u32 & 0x3F) << 12
                | (bytes[i + 2] as u32 & 0x3F) << 6
                | (bytes[i + 3] as u32 & 0x3F),
            4,
        )
    };
    // SAFETY: valid UTF-8 decodes to a valid scalar value.
    (unsafe { mem::transmute::<u32, char>(code) }, len)
}

/// Decodes the character ending just before byte `end` of valid UTF-8; returns it and its start.
pub(crate) fn decode_utf8_before(bytes: &[u8], end: usize) -> (char, usize) {
    let mut start = end - 1;
    while start > 0 && (bytes[start] & 0xC0) == 0x80 {
        start -= 1;
    }
    let (ch, _) = decode_utf8_at(bytes, start);
    (ch, start)
}

/// Converts a boxed byte slice to a boxed `str` without copying.
///
/// # Safety
/// The bytes must be valid UTF-8.
pub(crate) unsafe fn str_from_boxed_bytes(v: Box<[u8]>) -> Box<str> {
    // SAFETY: `str` and `[u8]` have the same layout and metadata.
    unsafe { Box::from_raw(Box::into_raw(v) as *mut str) }
}

/// Converts a boxed byte slice to a boxed `str` without checking (real:
/// `alloc::str::from_boxed_utf8_unchecked`).
///
/// # Safety
/// The bytes must be valid UTF-8.
pub unsafe fn from_boxed_utf8_unchecked(v: Box<[u8]>) -> Box<str> {
    // SAFETY: the caller's contract.
    unsafe { str_from_boxed_bytes(v) }
}

/// The upper-case mapping of `c` for the supported ranges (see the module documentation); `ß` is
/// handled by the caller.
fn upper(c: char) -> char {
    let code = c as u32;
    let mapped = match code {
        0x61..=0x7A => code - 0x20,
        0xB5 => 0x39C,
        0xE0..=0xFE if code != 0xF7 => code - 0x20,
        0xFF => 0x178,
        0x100..=0x17F if is_latin_ext_a_pair(code) && code % 2 == 1 => code - 1,
        0x3B1..=0x3C1 | 0x3C3..=0x3CB => code - 0x20,
        0x3C2 => 0x3A3,
        0x3AC => 0x386,
        0x3AD..=0x3AF => code - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => code - 0x3F,
        0x430..=0x44F => code - 0x20,
        0x450..=0x45F => code - 0x50,
        _ => code,
    };
    // SAFETY: every mapped value is a valid scalar value.
    unsafe { mem::transmute::<u32, char>(mapped) }
}

/// The lower-case mapping of `c` for the supported ranges (final sigma is handled by the caller).
fn lower(c: char) -> char {
    let code = c as u32;
    let mapped = match code {
        0x41..=0x5A => code + 0x20,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0x178 => 0xFF,
        0x100..=0x17F if is_latin_ext_a_pair(code) && code % 2 == 0 => code + 1,
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        0x410..=0x42F => code + 0x20,
        0x400..=0x40F => code + 0x50,
        _ => code,
    };
    // SAFETY: every mapped value is a valid scalar value.
    unsafe { mem::transmute::<u32, char>(mapped) }
}

/// Whether `c` is a letter with case (in the supported ranges): what final-sigma detection needs.
fn is_cased(c: char) -> bool {
    upper(c) != c || lower(c) != c
}

/// Latin Extended-A (U+0100..U+017F) is mostly upper/lower pairs at even/odd code points; the
/// exceptions are U+0130..U+0131 (dotted/dotless i), U+0138 (kra), U+0139..U+0148 and U+0179..U+017E
/// (pairs at odd/even), and U+0149, U+017F.
fn is_latin_ext_a_pair(code: u32) -> bool {
    matches!(code, 0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177)
}

impl str {
    /// The upper-case equivalent of the string.
    #[rustc_allow_incoherent_impl]
    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            if c == 'ß' {
                s.push_str("SS");
            } else {
                s.push(upper(c));
            }
        }
        s
    }

    /// The lower-case equivalent of the string. A capital sigma at the end of a word becomes `ς`.
    #[rustc_allow_incoherent_impl]
    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        let bytes = self.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let (c, n) = decode_utf8_at(bytes, i);
            if c == 'Σ' {
                let preceded_by_letter = i > 0 && is_cased(decode_utf8_before(bytes, i).0);
                let followed_by_letter = i + n < bytes.len() && is_cased(decode_utf8_at(bytes, i + n).0);
                s.push(if preceded_by_letter && !followed_by_letter { 'ς' } else { 'σ' });
            } else {
                s.push(lower(c));
            }
            i += n;
        }
        s
    }

    /// A copy with ASCII letters upper-cased.
    #[rustc_allow_incoherent_impl]
    pub fn to_ascii_uppercase(&self) -> String {
        let mut bytes = self.as_bytes().to_vec();
        for b in bytes.iter_mut() {
            if *b >= b'a' && *b <= b'z' {
                *b -= 0x20;
            }
        }
        // SAFETY: changing ASCII letters keeps UTF-8 valid.
        unsafe { String::from_utf8_unchecked(bytes) }
    }

    /// A copy with ASCII letters lower-cased.
    #[rustc_allow_incoherent_impl]
    pub fn to_ascii_lowercase(&self) -> String {
        let mut bytes = self.as_bytes().to_vec();
        for b in bytes.iter_mut() {
            if *b >= b'A' && *b <= b'Z' {
                *b += 0x20;
            }
        }
        // SAFETY: changing ASCII letters keeps UTF-8 valid.
        unsafe { String::from_utf8_unchecked(bytes) }
    }

    /// `n` copies of the string, concatenated.
    #[rustc_allow_incoherent_impl]
    #[track_caller]
    pub fn repeat(&self, n: usize) -> String {
        // SAFETY: concatenated UTF-8 is UTF-8.
        unsafe { String::from_utf8_unchecked(self.as_bytes().repeat(n)) }
    }

    /// Replaces all matches of `from` by `to`.
    #[rustc_allow_incoherent_impl]
    pub fn replace<P: ReplacePattern>(&self, from: P, to: &str) -> String {
        self.replacen(from, to, usize::MAX)
    }

    /// Replaces the first `count` matches of `pat` by `to`.
    #[rustc_allow_incoherent_impl]
    pub fn replacen<P: ReplacePattern>(&self, mut pat: P, to: &str, count: usize) -> String {
        let mut result = String::new();
        let mut last_end = 0;
        let mut search_from = 0;
        let mut replaced = 0;
        while replaced < count {
            let Some((start, len)) = pat.next_match(self, search_from) else { break };
            result.push_str(&self[last_end..start]);
            result.push_str(to);
            last_end = start + len;
            search_from = if len == 0 {
                // An empty match advances by one character, like the real `match_indices("")`.
                if start >= self.len() {
                    replaced += 1;
                    break;
                }
                start + decode_utf8_at(self.as_bytes(), start).1
            } else {
                last_end
            };
            replaced += 1;
        }
        result.push_str(&self[last_end..]);
        result
    }

    /// Converts a boxed `str` to a `String` without copying.
    #[rustc_allow_incoherent_impl]
    pub fn into_string(self: Box<str>) -> String {
        let bytes = self.into_boxed_bytes();
        // SAFETY: the bytes of a `str` are valid UTF-8.
        unsafe { String::from_utf8_unchecked(bytes.into_vec()) }
    }

    /// Converts a boxed `str` to boxed bytes without copying.
    #[rustc_allow_incoherent_impl]
    pub fn into_boxed_bytes(self: Box<str>) -> Box<[u8]> {
        // SAFETY: `str` and `[u8]` have the same layout and metadata.
        unsafe { Box::from_raw(Box::into_raw(self) as *mut [u8]) }
    }
}

/// The patterns `str::replace`/`replacen` accept: `&str`, `char`, `&String`, `&[char]`, `[char; N]`
/// and `FnMut(char) -> bool`, like the real `Pattern` trait.
pub trait ReplacePattern {
    /// The byte offset and length of the first match starting at or after `from` (a char
    /// boundary).
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
}

/// The first occurrence of `needle` in `haystack` at or after `from`.
fn find_str(haystack: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    let mut i = from;
    while i + n.len() <= h.len() {
        if &h[i..i + n.len()] == n {
            return Some((i, n.len()));
        }
        i += 1;
    }
    None
}

/// The first character at or after `from` accepted by `pred`.
fn find_char(haystack: &str, from: usize, mut pred: impl FnMut(char) -> bool) -> Option<(usize, usize)> {
    let bytes = haystack.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let (c, n) = decode_utf8_at(bytes, i);
        if pred(c) {
            return Some((i, n));
        }
        i += n;
    }
    None
}

impl ReplacePattern for &str {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        find_str(haystack, self, from)
    }
}

impl ReplacePattern for &&str {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        find_str(haystack, self, from)
    }
}

impl ReplacePattern for &String {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        find_str(haystack, self.as_str(), from)
    }
}

impl ReplacePattern for char {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let c = *self;
        find_char(haystack, from, |x| x == c)
    }
}

impl ReplacePattern for &[char] {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let set = *self;
        find_char(haystack, from, |x| set.contains(&x))
    }
}

impl<const N: usize> ReplacePattern for [char; N] {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let set: &[char] = self;
        find_char(haystack, from, |x| set.contains(&x))
    }
}

impl<F: FnMut(char) -> bool> ReplacePattern for F {
    fn next_match(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        find_char(haystack, from, |x| self(x))
    }
}
