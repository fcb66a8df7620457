//! `String`, a UTF-8 string on a `Vec<u8>`, and `ToString`.
//!
//! Invariant (as in the real std): the bytes are valid UTF-8. All growth goes through the vector, so
//! `capacity()` follows the real std's policy (8 bytes minimum, then doubling).

use core::borrow::{Borrow, BorrowMut};
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::mem::{self, ManuallyDrop};
use core::ops::{Add, AddAssign, Deref, DerefMut, Index, IndexMut, Range, RangeBounds};
use core::ptr;
use core::slice::SliceIndex;
use core::str::{self, Chars, FromStr, Utf8Error};

use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::str::{decode_utf8_at, decode_utf8_before, encode_utf8_raw, str_from_boxed_bytes};
use crate::vec::Vec;

/// A growable UTF-8 string.
pub struct String {
    vec: Vec<u8>,
}

/// The error of [`String::from_utf8`]: the bytes and what was wrong with them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl String {
    /// An empty string; does not allocate.
    #[inline]
    pub const fn new() -> String {
        String { vec: Vec::new() }
    }

    /// An empty string with room for exactly `capacity` bytes.
    #[inline]
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    /// Converts a byte vector to a string if it is valid UTF-8 (no copy).
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match str::from_utf8(&vec) {
            Ok(..) => Ok(String { vec }),
            Err(error) => Err(FromUtf8Error { bytes: vec, error }),
        }
    }

    /// Converts bytes to a string, replacing invalid sequences by U+FFFD.
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str> {
        if let Ok(s) = str::from_utf8(v) {
            return Cow::Borrowed(s);
        }
        let mut res = String::with_capacity(v.len());
        let mut rest = v;
        loop {
            match str::from_utf8(rest) {
                Ok(s) => {
                    res.push_str(s);
                    break;
                }
                Err(error) => {
                    let valid = error.valid_up_to();
                    // SAFETY: the prefix up to `valid_up_to` is valid UTF-8.
                    res.push_str(unsafe { str::from_utf8_unchecked(&rest[..valid]) });
                    res.push('\u{FFFD}');
                    match error.error_len() {
                        Some(n) => rest = &rest[valid + n..],
                        None => break,
                    }
                }
            }
        }
        Cow::Owned(res)
    }

    /// Converts a byte vector to a string without checking.
    ///
    /// # Safety
    /// The bytes must be valid UTF-8.
    #[inline]
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }

    /// Creates a string from its raw parts.
    ///
    /// # Safety
    /// As for `Vec::from_raw_parts`, and the bytes must be valid UTF-8.
    #[inline]
    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        // SAFETY: the caller's contract.
        unsafe { String { vec: Vec::from_raw_parts(buf, length, capacity) } }
    }

    /// Decomposes into pointer, length and capacity without freeing anything.
    pub fn into_raw_parts(self) -> (*mut u8, usize, usize) {
        self.into_bytes().into_raw_parts()
    }

    /// The underlying bytes, without copying.
    #[inline]
    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    /// The contents as a `&str`.
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: the bytes are valid UTF-8 (invariant).
        unsafe { str::from_utf8_unchecked(self.vec.as_slice()) }
    }

    /// The contents as a `&mut str`.
    #[inline]
    pub fn as_mut_str(&mut self) -> &mut str {
        // SAFETY: the bytes are valid UTF-8 (invariant).
        unsafe { str::from_utf8_unchecked_mut(self.vec.as_mut_slice()) }
    }

    /// Appends a string slice.
    #[inline]
    #[track_caller]
    pub fn push_str(&mut self, string: &str) {
        self.vec.extend_from_slice(string.as_bytes())
    }

    /// The capacity in bytes.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    /// Reserves room for at least `additional` more bytes (amortized growth).
    #[inline]
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional)
    }

    /// Reserves room for exactly `additional` more bytes.
    #[inline]
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.vec.reserve_exact(additional)
    }

    /// Shrinks the capacity to the length.
    #[inline]
    #[track_caller]
    pub fn shrink_to_fit(&mut self) {
        self.vec.shrink_to_fit()
    }

    /// Shrinks the capacity to `max(min_capacity, len)`.
    #[inline]
    #[track_caller]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.vec.shrink_to(min_capacity)
    }

    /// Appends a character (1 to 4 bytes).
    #[inline]
    #[track_caller]
    pub fn push(&mut self, ch: char) {
        let code = ch as u32;
        if code < 0x80 {
            self.vec.push(code as u8);
        } else {
            let mut buf = [0u8; 4];
            let n = encode_utf8_raw(code, &mut buf);
            self.vec.extend_from_slice(&buf[..n]);
        }
    }

    /// The contents as bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    /// Shortens the string to `new_len` bytes (no effect if it is not shorter).
    ///
    /// # Panics
    /// If `new_len` is not on a char boundary.
    #[inline]
    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
            self.vec.truncate(new_len)
        }
    }

    /// Removes and returns the last character.
    pub fn pop(&mut self) -> Option<char> {
        let len = self.vec.len();
        if len == 0 {
            return None;
        }
        let (ch, start) = decode_utf8_before(self.vec.as_slice(), len);
        // SAFETY: `start` is the char boundary before the last character.
        unsafe { self.vec.set_len(start) };
        Some(ch)
    }

    /// Removes and returns the character at byte index `idx`.
    ///
    /// # Panics
    /// If `idx` is not a char boundary or not below the length.
    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let len = self.len();
        if idx >= len {
            panic!("cannot remove a char from the end of a string");
        }
        assert!(self.is_char_boundary(idx));
        let (ch, ch_len) = decode_utf8_at(self.vec.as_slice(), idx);
        let next = idx + ch_len;
        // SAFETY: `idx..next` is one character; the tail moves down over it.
        unsafe {
            let p = self.vec.as_mut_ptr();
            ptr::copy(p.add(next), p.add(idx), len - next);
            self.vec.set_len(len - ch_len);
        }
        ch
    }

    /// Keeps only the characters for which `f` returns true.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let len = self.len();
        let mut read = 0;
        let mut write = 0;
        while read < len {
            let (ch, ch_len) = decode_utf8_at(self.vec.as_slice(), read);
            if f(ch) {
                if read != write {
                    // SAFETY: `write <= read`, both within the initialised bytes.
                    unsafe {
                        let p = self.vec.as_mut_ptr();
                        ptr::copy(p.add(read), p.add(write), ch_len);
                    }
                }
                write += ch_len;
            }
            read += ch_len;
        }
        // SAFETY: the first `write` bytes are the kept characters.
        unsafe { self.vec.set_len(write) };
    }

    /// Inserts a character at byte index `idx`.
    ///
    /// # Panics
    /// If `idx` is not a char boundary.
    #[track_caller]
    pub fn insert(&mut self, idx: usize, ch: char) {
        assert!(self.is_char_boundary(idx));
        let mut buf = [0u8; 4];
        let n = encode_utf8_raw(ch as u32, &mut buf);
        self.insert_bytes(idx, &buf[..n]);
    }

    /// Inserts a string slice at byte index `idx`.
    ///
    /// # Panics
    /// If `idx` is not a char boundary.
    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        assert!(self.is_char_boundary(idx));
        self.insert_bytes(idx, string.as_bytes());
    }

    #[track_caller]
    fn insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        let len = self.len();
        let amt = bytes.len();
        self.vec.reserve(amt);
        // SAFETY: room was reserved; the tail moves up by `amt`, then the gap is filled.
        unsafe {
            let p = self.vec.as_mut_ptr();
            ptr::copy(p.add(idx), p.add(idx + amt), len - idx);
            ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(idx), amt);
            self.vec.set_len(len + amt);
        }
    }

    /// The underlying vector.
    ///
    /// # Safety
    /// The bytes must stay valid UTF-8.
    #[inline]
    pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    /// The length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.vec.len()
    }

    /// Whether the string is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Splits the string at byte index `at`, returning the tail.
    ///
    /// # Panics
    /// If `at` is not a char boundary.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        let other = self.vec.split_off(at);
        String { vec: other }
    }

    /// Empties the string; keeps the capacity.
    #[inline]
    pub fn clear(&mut self) {
        self.vec.clear()
    }

    /// Removes the given byte range and returns its characters as an iterator.
    ///
    /// # Panics
    /// If the range is out of bounds or not on char boundaries.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_> {
        let Range { start, end } = crate::slice::checked_range(range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        // The drained text is copied out first, then removed, so the iterator owns its characters.
        let removed = String::from(&self.as_str()[start..end]);
        self.vec.drain(start..end);
        Drain { removed, front: 0, back_end: end - start, _marker: core::marker::PhantomData }
    }

    /// Replaces the given byte range with `replace_with`.
    #[track_caller]
    pub fn replace_range<R: RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let Range { start, end } = crate::slice::checked_range(range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let tail = self.vec.split_off(end);
        self.vec.truncate(start);
        self.vec.extend_from_slice(replace_with.as_bytes());
        self.vec.extend_from_slice(&tail);
    }

    /// Converts into `Box<str>`, dropping excess capacity.
    #[track_caller]
    pub fn into_boxed_str(self) -> Box<str> {
        let bytes = self.vec.into_boxed_slice();
        // SAFETY: the bytes are valid UTF-8.
        unsafe { str_from_boxed_bytes(bytes) }
    }

    /// Consumes and leaks the string.
    pub fn leak<'a>(self) -> &'a mut str {
        let slice = self.vec.leak();
        // SAFETY: the bytes are valid UTF-8.
        unsafe { str::from_utf8_unchecked_mut(slice) }
    }
}

impl FromUtf8Error {
    /// The bytes that were not valid UTF-8.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    /// Gives the bytes back.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Details of the conversion error.
    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl core::error::Error for FromUtf8Error {}

/// The iterator of [`String::drain`]: the removed characters.
pub struct Drain<'a> {
    removed: String,
    front: usize,
    back_end: usize,
    _marker: core::marker::PhantomData<&'a mut String>,
}

impl Drain<'_> {
    /// The characters not yet yielded.
    pub fn as_str(&self) -> &str {
        &self.removed.as_str()[self.front..self.back_end]
    }
}

impl Iterator for Drain<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if self.front == self.back_end {
            return None;
        }
        let (ch, n) = decode_utf8_at(self.removed.as_bytes(), self.front);
        self.front += n;
        Some(ch)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let bytes = self.back_end - self.front;
        ((bytes + 3) / 4, Some(bytes))
    }
}

impl DoubleEndedIterator for Drain<'_> {
    fn next_back(&mut self) -> Option<char> {
        if self.front == self.back_end {
            return None;
        }
        let (ch, start) = decode_utf8_before(self.removed.as_bytes(), self.back_end);
        self.back_end = start;
        Some(ch)
    }
}

impl FusedIterator for Drain<'_> {}

impl Clone for String {
    /// A clone has capacity equal to its length, as in the real std.
    fn clone(&self) -> Self {
        String { vec: self.vec.clone() }
    }

    fn clone_from(&mut self, source: &Self) {
        self.vec.clear();
        self.vec.extend_from_slice(source.as_bytes());
    }
}

// Equality and order are those of the bytes (the real std derives them from the `Vec<u8>` field).
impl PartialEq for String {
    #[inline]
    fn eq(&self, other: &String) -> bool {
        PartialEq::eq(self.as_bytes(), other.as_bytes())
    }
}

impl Eq for String {}

impl PartialOrd for String {
    #[inline]
    fn partial_cmp(&self, other: &String) -> Option<Ordering> {
        PartialOrd::partial_cmp(self.as_bytes(), other.as_bytes())
    }
}

impl Ord for String {
    #[inline]
    fn cmp(&self, other: &String) -> Ordering {
        Ord::cmp(self.as_bytes(), other.as_bytes())
    }
}

impl Deref for String {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    #[inline]
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl Hash for String {
    #[inline]
    fn hash<H: Hasher>(&self, hasher: &mut H) {
        self.as_str().hash(hasher)
    }
}

impl Default for String {
    #[inline]
    fn default() -> String {
        String::new()
    }
}

impl fmt::Display for String {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for String {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Write for String {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }

    #[inline]
    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
    }
}

impl<I: SliceIndex<str>> Index<I> for String {
    type Output = I::Output;

    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        Index::index(self.as_str(), index)
    }
}

impl<I: SliceIndex<str>> IndexMut<I> for String {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        IndexMut::index_mut(self.as_mut_str(), index)
    }
}

impl Add<&str> for String {
    type Output = String;

    #[inline]
    #[track_caller]
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    #[inline]
    #[track_caller]
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

macro_rules! impl_eq {
    ($lhs:ty, $rhs:ty) => {
        impl<'a, 'b> PartialEq<$rhs> for $lhs {
            #[inline]
            fn eq(&self, other: &$rhs) -> bool {
                PartialEq::eq(&self[..], &other[..])
            }
        }

        impl<'a, 'b> PartialEq<$lhs> for $rhs {
            #[inline]
            fn eq(&self, other: &$lhs) -> bool {
                PartialEq::eq(&self[..], &other[..])
            }
        }
    };
}

impl_eq! { String, str }
impl_eq! { String, &'a str }
impl_eq! { Cow<'a, str>, str }
impl_eq! { Cow<'a, str>, &'b str }
impl_eq! { Cow<'a, str>, String }

impl From<&str> for String {
    #[inline]
    fn from(s: &str) -> String {
        s.to_owned()
    }
}

impl From<&mut str> for String {
    #[inline]
    fn from(s: &mut str) -> String {
        (&*s).to_owned()
    }
}

impl From<&String> for String {
    #[inline]
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl From<char> for String {
    #[inline]
    fn from(c: char) -> Self {
        let mut s = String::new();
        s.push(c);
        s.shrink_to_fit();
        s
    }
}

impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String {
        s.into_string()
    }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl From<String> for Vec<u8> {
    fn from(string: String) -> Vec<u8> {
        string.into_bytes()
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl FromStr for String {
    type Err = core::convert::Infallible;

    #[inline]
    fn from_str(s: &str) -> Result<String, Self::Err> {
        Ok(String::from(s))
    }
}

impl AsRef<str> for String {
    #[inline]
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsMut<str> for String {
    #[inline]
    fn as_mut(&mut self) -> &mut str {
        self
    }
}

impl AsRef<[u8]> for String {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Borrow<str> for String {
    #[inline]
    fn borrow(&self) -> &str {
        &self[..]
    }
}

impl BorrowMut<str> for String {
    #[inline]
    fn borrow_mut(&mut self) -> &mut str {
        &mut self[..]
    }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl FromIterator<String> for String {
    /// Reuses the first string's buffer, as the real std does.
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut iterator = iter.into_iter();
        match iterator.next() {
            None => String::new(),
            Some(mut buf) => {
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl FromIterator<Box<str>> for String {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(iter: I) -> String {
        let mut buf = String::new();
        for s in iter {
            buf.push_str(&s);
        }
        buf
    }
}

impl<'a> FromIterator<Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = Cow<'a, str>>>(iter: I) -> String {
        let mut buf = String::new();
        for s in iter {
            buf.push_str(&s);
        }
        buf
    }
}

impl Extend<char> for String {
    /// Reserves the size hint's lower bound first, as the real std does.
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        let (lower_bound, _) = iterator.size_hint();
        self.reserve(lower_bound);
        for c in iterator {
            self.push(c);
        }
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        let (lower_bound, _) = iterator.size_hint();
        self.reserve(lower_bound);
        for c in iterator {
            self.push(*c);
        }
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

impl<'a> Extend<Cow<'a, str>> for String {
    fn extend<I: IntoIterator<Item = Cow<'a, str>>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

/// A trait for converting a value to a `String` (blanket-implemented for every `Display` type).
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    /// Formats with `Display`. The real std specializes some types for speed, which also fixes the
    /// capacity of the result: exact for `str`, `String`, `char`, `bool`, `Cow<str>` and the unsigned
    /// integers, 3 for `u8`, 4 for `i8`, and the maximal number of digits (plus one when negative)
    /// for the other signed integers. The capacity is adjusted here to match, based on the type's
    /// name.
    #[inline]
    fn to_string(&self) -> String {
        let mut buf = String::new();
        let result = fmt::Write::write_fmt(&mut buf, format_args!("{}", self));
        if result.is_err() {
            panic!("a Display implementation returned an error unexpectedly");
        }
        match specialized_to_string_capacity(core::any::type_name::<T>(), buf.len(), buf.as_bytes().first() == Some(&b'-')) {
            Some(cap) if cap >= buf.len() => {
                let mut exact = String::with_capacity(cap);
                exact.push_str(&buf);
                exact
            }
            _ => buf,
        }
    }
}

/// The capacity the real std's specialized `to_string` gives a result of `len` bytes, for the types
/// it specializes (see `ToString::to_string`); `None` for the generic path.
fn specialized_to_string_capacity(type_name: &str, len: usize, negative: bool) -> Option<usize> {
    // Maximal decimal digits of the signed types (`MAX.ilog10() + 1`).
    let digits = match type_name {
        "str" | "alloc::string::String" | "char" | "bool" | "alloc::borrow::Cow<str>" => return Some(len),
        "u16" | "u32" | "u64" | "usize" | "u128" => return Some(len),
        "u8" => return Some(3),
        "i8" => return Some(4),
        "i16" => 5,
        "i32" => 10,
        "i64" | "isize" => 19,
        "i128" => 39,
        _ => return None,
    };
    Some(if negative { digits + 1 } else { digits })
}
