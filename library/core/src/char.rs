//! `char`: inherent methods (classification, conversion, UTF-8/16 encoding, escapes) and
//! conversions. Unicode-table-driven properties (`is_alphabetic`, `to_uppercase`, `Debug`
//! printability, ...) use `crate::unicode_tables`, generated from real std (exact).

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};

pub const MAX: char = char::MAX;
pub const REPLACEMENT_CHARACTER: char = char::REPLACEMENT_CHARACTER;

#[inline]
pub const fn from_u32(i: u32) -> Option<char> {
    char::from_u32(i)
}

#[inline]
pub const unsafe fn from_u32_unchecked(i: u32) -> char {
    // SAFETY: the caller guarantees a valid unicode scalar value.
    unsafe { char::from_u32_unchecked(i) }
}

#[inline]
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    char::from_digit(num, radix)
}

impl char {
    pub const MIN: char = '\0';
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';
    pub const UNICODE_VERSION: (u8, u8, u8) = (16, 0, 0);

    #[inline]
    pub const fn from_u32(i: u32) -> Option<char> {
        if (i > 0x10FFFF) || (i >= 0xD800 && i <= 0xDFFF) {
            None
        } else {
            // SAFETY: checked that it's a legal unicode value.
            Some(unsafe { crate::intrinsics::transmute::<u32, char>(i) })
        }
    }

    /// # Safety
    /// `i` must be a valid unicode scalar value.
    #[inline]
    pub const unsafe fn from_u32_unchecked(i: u32) -> char {
        // SAFETY: the caller must guarantee that `i` is a valid char value.
        unsafe { crate::intrinsics::transmute::<u32, char>(i) }
    }

    #[inline]
    #[track_caller]
    pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
        if radix < 2 || radix > 36 {
            panic!("from_digit: radix is too high (maximum 36)");
        }
        if num < radix {
            let num = num as u8;
            if num < 10 { Some((b'0' + num) as char) } else { Some((b'a' + num - 10) as char) }
        } else {
            None
        }
    }

    #[inline]
    #[track_caller]
    pub const fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    #[inline]
    #[track_caller]
    pub const fn to_digit(self, radix: u32) -> Option<u32> {
        assert!(radix >= 2 && radix <= 36, "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        // If not a digit, a number greater than radix will be created.
        let mut digit = (self as u32).wrapping_sub('0' as u32);
        if radix > 10 {
            if digit < 10 {
                return Some(digit);
            }
            // Force the 6th bit to be set to ensure ascii is lower case.
            digit = (self as u32 | 0x20).wrapping_sub('a' as u32).saturating_add(10);
        }
        if digit < radix { Some(digit) } else { None }
    }

    #[inline]
    pub const fn len_utf8(self) -> usize {
        let code = self as u32;
        if code < 0x80 {
            1
        } else if code < 0x800 {
            2
        } else if code < 0x10000 {
            3
        } else {
            4
        }
    }

    #[inline]
    pub const fn len_utf16(self) -> usize {
        if (self as u32 & 0xFFFF) == self as u32 { 1 } else { 2 }
    }

    /// Encodes into `dst`, returning the written part as a `str`; panics if `dst` is too small.
    #[inline]
    #[track_caller]
    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let code = self as u32;
        let len = self.len_utf8();
        if dst.len() < len {
            panic!(
                "encode_utf8: need {} bytes to encode U+{:X}, but the buffer has {}",
                len,
                code,
                dst.len()
            );
        }
        match len {
            1 => {
                dst[0] = code as u8;
            }
            2 => {
                dst[0] = (code >> 6 & 0x1F) as u8 | 0xC0;
                dst[1] = (code & 0x3F) as u8 | 0x80;
            }
            3 => {
                dst[0] = (code >> 12 & 0x0F) as u8 | 0xE0;
                dst[1] = (code >> 6 & 0x3F) as u8 | 0x80;
                dst[2] = (code & 0x3F) as u8 | 0x80;
            }
            _ => {
                dst[0] = (code >> 18 & 0x07) as u8 | 0xF0;
                dst[1] = (code >> 12 & 0x3F) as u8 | 0x80;
                dst[2] = (code >> 6 & 0x3F) as u8 | 0x80;
                dst[3] = (code & 0x3F) as u8 | 0x80;
            }
        }
        // SAFETY: we just wrote a valid UTF-8 sequence of `len` bytes.
        unsafe { crate::str::from_utf8_unchecked_mut(&mut dst[..len]) }
    }

    #[inline]
    #[track_caller]
    pub fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16] {
        let mut code = self as u32;
        if (code & 0xFFFF) == code {
            dst[0] = code as u16;
            &mut dst[..1]
        } else {
            code -= 0x1_0000;
            dst[0] = 0xD800 | ((code >> 10) as u16);
            dst[1] = 0xDC00 | ((code as u16) & 0x3FF);
            &mut dst[..2]
        }
    }

    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self as u32 <= 0x7F
    }

    #[inline]
    pub const fn as_ascii(&self) -> Option<u8> {
        if self.is_ascii() { Some(*self as u8) } else { None }
    }

    #[inline]
    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { (*self as u8 - 32) as char } else { *self }
    }

    #[inline]
    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { (*self as u8 + 32) as char } else { *self }
    }

    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, 'A'..='Z' | 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, 'A'..='Z')
    }

    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, '0'..='9' | 'A'..='Z' | 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, '0'..='9')
    }

    #[inline]
    pub const fn is_ascii_octdigit(&self) -> bool {
        matches!(*self, '0'..='7')
    }

    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, '0'..='9' | 'A'..='F' | 'a'..='f')
    }

    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, '!'..='/' | ':'..='@' | '['..='`' | '{'..='~')
    }

    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, '!'..='~')
    }

    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, '\t' | '\n' | '\x0C' | '\r' | ' ')
    }

    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, '\0'..='\x1F' | '\x7F')
    }

    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => c > '\x7f' && unicode::is_alphabetic(c),
        }
    }

    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => c > '\x7f' && unicode::is_lowercase(c),
        }
    }

    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => c > '\x7f' && unicode::is_uppercase(c),
        }
    }

    /// Unicode `White_Space` (exact).
    pub fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\x09'..='\x0d' => true,
            c => {
                c > '\x7f'
                    && matches!(
                        c as u32,
                        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
                    )
            }
        }
    }

    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    pub fn is_control(self) -> bool {
        matches!(self as u32, 0..=0x1F | 0x7F..=0x9F)
    }

    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => c > '\x7f' && unicode::is_numeric(c),
        }
    }

    pub fn to_lowercase(self) -> ToLowercase {
        let (chars, n) = unicode::to_lower(self);
        ToLowercase(CaseMappingIter { chars, start: 0, end: n })
    }

    pub fn to_uppercase(self) -> ToUppercase {
        let (chars, n) = unicode::to_upper(self);
        ToUppercase(CaseMappingIter { chars, start: 0, end: n })
    }

    /// `\u{XXXX}` with lowercase hex and no leading zeros.
    pub fn escape_unicode(self) -> EscapeUnicode {
        EscapeUnicode(EscapeIterInner::unicode(self))
    }

    pub fn escape_debug(self) -> EscapeDebug {
        self.escape_debug_ext(true, true)
    }

    /// `escape_debug` with control over which quotes are escaped (`str`'s `Debug` escapes only
    /// `"`, `char`'s only `'`).
    pub(crate) fn escape_debug_ext(self, escape_single_quote: bool, escape_double_quote: bool) -> EscapeDebug {
        match self {
            '\0' => EscapeDebug(EscapeIterInner::backslash('0')),
            '\t' => EscapeDebug(EscapeIterInner::backslash('t')),
            '\r' => EscapeDebug(EscapeIterInner::backslash('r')),
            '\n' => EscapeDebug(EscapeIterInner::backslash('n')),
            '\\' => EscapeDebug(EscapeIterInner::backslash('\\')),
            '"' if escape_double_quote => EscapeDebug(EscapeIterInner::backslash('"')),
            '\'' if escape_single_quote => EscapeDebug(EscapeIterInner::backslash('\'')),
            _ if unicode::is_printable(self) => EscapeDebug(EscapeIterInner::printable(self)),
            _ => EscapeDebug(EscapeIterInner::unicode(self)),
        }
    }

    pub fn escape_default(self) -> EscapeDefault {
        match self {
            '\t' => EscapeDefault(EscapeIterInner::backslash('t')),
            '\r' => EscapeDefault(EscapeIterInner::backslash('r')),
            '\n' => EscapeDefault(EscapeIterInner::backslash('n')),
            '\\' | '\'' | '"' => EscapeDefault(EscapeIterInner::backslash(self)),
            '\x20'..='\x7e' => EscapeDefault(EscapeIterInner::printable(self)),
            _ => EscapeDefault(EscapeIterInner::unicode(self)),
        }
    }
}

pub(crate) fn escape_debug_str_char(c: char) -> EscapeDebug {
    c.escape_debug_ext(false, true)
}

/// Up to 10 chars (`\u{10ffff}`) produced by an escape.
#[derive(Clone, Debug)]
struct EscapeIterInner {
    buf: [char; 10],
    start: u8,
    end: u8,
}

impl EscapeIterInner {
    fn backslash(c: char) -> Self {
        let mut buf = ['\0'; 10];
        buf[0] = '\\';
        buf[1] = c;
        EscapeIterInner { buf, start: 0, end: 2 }
    }

    fn printable(c: char) -> Self {
        let mut buf = ['\0'; 10];
        buf[0] = c;
        EscapeIterInner { buf, start: 0, end: 1 }
    }

    fn unicode(c: char) -> Self {
        let mut buf = ['\0'; 10];
        let c = c as u32;
        buf[0] = '\\';
        buf[1] = 'u';
        buf[2] = '{';
        // Number of hex digits (at least one).
        let mut digits = 1;
        while digits < 8 && (c >> (4 * digits)) != 0 {
            digits += 1;
        }
        let mut i = 0;
        while i < digits {
            let d = (c >> (4 * (digits - 1 - i))) & 0xF;
            buf[3 + i] = if d < 10 { (b'0' + d as u8) as char } else { (b'a' + (d - 10) as u8) as char };
            i += 1;
        }
        buf[3 + digits] = '}';
        EscapeIterInner { buf, start: 0, end: (4 + digits) as u8 }
    }

    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            let c = self.buf[self.start as usize];
            self.start += 1;
            Some(c)
        } else {
            None
        }
    }

    fn next_back(&mut self) -> Option<char> {
        if self.start < self.end {
            self.end -= 1;
            Some(self.buf[self.end as usize])
        } else {
            None
        }
    }

    fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
}

macro_rules! escape_iter {
    ($($name:ident)*) => {$(
        #[derive(Clone, Debug)]
        pub struct $name(EscapeIterInner);

        impl $name {
            #[inline]
            pub fn len(&self) -> usize {
                self.0.len()
            }
        }

        impl Iterator for $name {
            type Item = char;
            #[inline]
            fn next(&mut self) -> Option<char> {
                self.0.next()
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.0.len();
                (n, Some(n))
            }
        }

        impl DoubleEndedIterator for $name {
            #[inline]
            fn next_back(&mut self) -> Option<char> {
                self.0.next_back()
            }
        }

        impl ExactSizeIterator for $name {}
        impl FusedIterator for $name {}

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut i = self.0.start;
                while i < self.0.end {
                    f.write_char(self.0.buf[i as usize])?;
                    i += 1;
                }
                Ok(())
            }
        }
    )*};
}
escape_iter! { EscapeDebug EscapeDefault EscapeUnicode }

#[derive(Clone, Debug)]
struct CaseMappingIter {
    chars: [char; 3],
    start: u8,
    end: u8,
}

macro_rules! case_iter {
    ($($name:ident)*) => {$(
        #[derive(Clone, Debug)]
        pub struct $name(CaseMappingIter);

        impl Iterator for $name {
            type Item = char;
            fn next(&mut self) -> Option<char> {
                if self.0.start < self.0.end {
                    let c = self.0.chars[self.0.start as usize];
                    self.0.start += 1;
                    Some(c)
                } else {
                    None
                }
            }
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = (self.0.end - self.0.start) as usize;
                (n, Some(n))
            }
        }

        impl DoubleEndedIterator for $name {
            fn next_back(&mut self) -> Option<char> {
                if self.0.start < self.0.end {
                    self.0.end -= 1;
                    Some(self.0.chars[self.0.end as usize])
                } else {
                    None
                }
            }
        }

        impl ExactSizeIterator for $name {}
        impl FusedIterator for $name {}

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut i = self.0.start;
                while i < self.0.end {
                    f.write_char(self.0.chars[i as usize])?;
                    i += 1;
                }
                Ok(())
            }
        }
    )*};
}
case_iter! { ToLowercase ToUppercase }

/// Unicode property lookups in `crate::unicode_tables` (exact: generated from real std).
mod unicode {
    use crate::unicode_tables as t;

    fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
        let (mut lo, mut hi) = (0usize, table.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (a, b) = table[mid];
            if c < a {
                hi = mid;
            } else if c > b {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        false
    }

    pub(super) fn is_alphabetic(c: char) -> bool {
        in_ranges(&t::ALPHABETIC, c as u32)
    }

    pub(super) fn is_numeric(c: char) -> bool {
        in_ranges(&t::NUMERIC, c as u32)
    }

    pub(super) fn is_lowercase(c: char) -> bool {
        in_ranges(&t::LOWERCASE, c as u32)
    }

    pub(super) fn is_uppercase(c: char) -> bool {
        in_ranges(&t::UPPERCASE, c as u32)
    }

    fn map(runs: &[(u32, u32, u32, i32)], multi: &[(u32, [u32; 3])], c: char) -> ([char; 3], u8) {
        let u = c as u32;
        let (mut lo, mut hi) = (0usize, runs.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (a, b, stride, delta) = runs[mid];
            if u < a {
                hi = mid;
            } else if u > b {
                lo = mid + 1;
            } else {
                if (u - a) % stride == 0 {
                    // SAFETY: the tables map only to valid chars.
                    let m = unsafe { char::from_u32_unchecked((u as i32 + delta) as u32) };
                    return ([m, '\0', '\0'], 1);
                }
                break;
            }
        }
        let (mut lo, mut hi) = (0usize, multi.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (a, m) = multi[mid];
            if u < a {
                hi = mid;
            } else if u > a {
                lo = mid + 1;
            } else {
                let n = if m[2] != 0 { 3 } else { 2 };
                // SAFETY: the tables map only to valid chars (0 marks an unused slot).
                let m = unsafe {
                    [char::from_u32_unchecked(m[0]), char::from_u32_unchecked(m[1]), char::from_u32_unchecked(m[2])]
                };
                return (m, n);
            }
        }
        ([c, '\0', '\0'], 1)
    }

    pub(super) fn to_lower(c: char) -> ([char; 3], u8) {
        match c {
            'A'..='Z' => ([((c as u8) + 32) as char, '\0', '\0'], 1),
            '\0'..='\x7f' => ([c, '\0', '\0'], 1),
            _ => map(&t::TO_LOWER, &t::TO_LOWER_MULTI, c),
        }
    }

    pub(super) fn to_upper(c: char) -> ([char; 3], u8) {
        match c {
            'a'..='z' => ([((c as u8) - 32) as char, '\0', '\0'], 1),
            '\0'..='\x7f' => ([c, '\0', '\0'], 1),
            _ => map(&t::TO_UPPER, &t::TO_UPPER_MULTI, c),
        }
    }

    /// Printable for `Debug` escaping: not a control, format, separator (other than space),
    /// private-use, unassigned or grapheme-extending code point.
    pub(super) fn is_printable(c: char) -> bool {
        let c = c as u32;
        if c < 0x20 || c == 0x7F {
            return false;
        }
        if c < 0x7F {
            return true;
        }
        !in_ranges(&t::NOT_PRINTABLE, c)
    }
}

/// Error of `char::try_from(u32)`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CharTryFromError(());

impl fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        "converted integer out of range for `char`".fmt(f)
    }
}

use crate::fmt::Display;

impl From<u8> for char {
    #[inline]
    fn from(i: u8) -> Self {
        i as char
    }
}

impl From<char> for u32 {
    #[inline]
    fn from(c: char) -> Self {
        c as u32
    }
}

impl From<char> for u64 {
    #[inline]
    fn from(c: char) -> Self {
        c as u64
    }
}

impl From<char> for u128 {
    #[inline]
    fn from(c: char) -> Self {
        c as u128
    }
}

impl crate::convert::TryFrom<u32> for char {
    type Error = CharTryFromError;
    #[inline]
    fn try_from(i: u32) -> Result<Self, Self::Error> {
        match char::from_u32(i) {
            Some(c) => Ok(c),
            None => Err(CharTryFromError(())),
        }
    }
}

/// Error of `u8::try_from(char)`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct TryFromCharError(pub(crate) ());

impl fmt::Display for TryFromCharError {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        "unicode code point out of range".fmt(fmt)
    }
}

impl crate::convert::TryFrom<char> for u8 {
    type Error = TryFromCharError;
    #[inline]
    fn try_from(c: char) -> Result<u8, Self::Error> {
        let c = c as u32;
        if c <= 0xFF { Ok(c as u8) } else { Err(TryFromCharError(())) }
    }
}

impl crate::convert::TryFrom<char> for u16 {
    type Error = TryFromCharError;
    #[inline]
    fn try_from(c: char) -> Result<u16, Self::Error> {
        let c = c as u32;
        if c <= 0xFFFF { Ok(c as u16) } else { Err(TryFromCharError(())) }
    }
}

use crate::convert::From;

/// Error of `char::from_str`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    empty: bool,
}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.empty {
            "cannot parse char from empty string".fmt(f)
        } else {
            "too many characters in string".fmt(f)
        }
    }
}

impl crate::str::FromStr for char {
    type Err = ParseCharError;
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { empty: true }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { empty: false }),
        }
    }
}

/// Decodes UTF-16 (`char::decode_utf16`).
pub fn decode_utf16<I: crate::iter::IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
    DecodeUtf16 { iter: iter.into_iter(), buf: None }
}

#[derive(Clone, Debug)]
pub struct DecodeUtf16<I>
where
    I: Iterator<Item = u16>,
{
    iter: I,
    buf: Option<u16>,
}

#[derive(Debug, Clone, Eq, PartialEq)]
pub struct DecodeUtf16Error {
    code: u16,
}

impl DecodeUtf16Error {
    pub fn unpaired_surrogate(&self) -> u16 {
        self.code
    }
}

impl<I: Iterator<Item = u16>> Iterator for DecodeUtf16<I> {
    type Item = Result<char, DecodeUtf16Error>;

    fn next(&mut self) -> Option<Result<char, DecodeUtf16Error>> {
        let u = match self.buf.take() {
            Some(buf) => buf,
            None => self.iter.next()?,
        };
        if (u & 0xF800) != 0xD800 {
            // SAFETY: not a surrogate
            Some(Ok(unsafe { char::from_u32_unchecked(u as u32) }))
        } else if u >= 0xDC00 {
            // a trailing surrogate
            Some(Err(DecodeUtf16Error { code: u }))
        } else {
            let u2 = match self.iter.next() {
                Some(u2) => u2,
                // eof
                None => return Some(Err(DecodeUtf16Error { code: u })),
            };
            if u2 < 0xDC00 || u2 > 0xDFFF {
                // not a trailing surrogate so we're not a valid surrogate pair, so rewind to
                // redecode u2 next time.
                self.buf = Some(u2);
                return Some(Err(DecodeUtf16Error { code: u }));
            }
            // all ok, so lets decode it.
            let c = (((u & 0x3ff) as u32) << 10 | (u2 & 0x3ff) as u32) + 0x1_0000;
            // SAFETY: we checked that it's a legal unicode value
            Some(Ok(unsafe { char::from_u32_unchecked(c) }))
        }
    }
}
