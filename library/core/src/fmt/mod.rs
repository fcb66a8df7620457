//! Formatting: `Arguments` (built by rust-analyzer's `format_args!` lowering), `Formatter`, the
//! formatting traits and their impls for primitive types.
//!
//! `format_args!("x = {x:>5}")` becomes `Arguments::new(b"<template>", &[Argument::new_display(..)])`
//! where the template is rustc 1.93's byte code (see `rt.rs` for the encoding); `write` below
//! interprets it. Literal-only strings become `Arguments::from_str("...")`.

mod builders;
mod float;
mod num;
mod rt;

pub use self::builders::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};
pub use self::rt::Argument;
pub(crate) use self::num::pointer_fmt_inner_impl;

use crate::cell::{Cell, Ref, RefCell, RefMut, UnsafeCell};
use crate::clone::Clone;
use crate::iter::Iterator;
use crate::marker::{Copy, PhantomData, PointeeSized, Sized};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

/// The result of a formatting operation.
pub type Result = crate::result::Result<(), Error>;

/// An error while formatting (it carries no information, as in real core).
#[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt("an error occurred when formatting an argument", f)
    }
}

/// Alignment requested by a format spec (`<`, `>`, `^`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

/// A sink for formatted text. (`io::Write` in the model `std` is a different trait.)
pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;

    fn write_char(&mut self, c: char) -> Result {
        self.write_str(c.encode_utf8(&mut [0; 4]))
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        // `&mut Self` is sized even when `Self` is not, and `&mut W: Write` for any `W: Write`,
        // so this coerces to `&mut dyn Write` (real core does the same through `SpecWriteFmt`).
        let mut this = self;
        write(&mut this, args)
    }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result {
        (**self).write_str(s)
    }

    fn write_char(&mut self, c: char) -> Result {
        (**self).write_char(c)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        (**self).write_fmt(args)
    }
}

// ----- format options, bit layout of rustc 1.93's template encoding -----

pub(crate) const FLAG_SIGN_PLUS: u32 = 1 << 21;
pub(crate) const FLAG_SIGN_MINUS: u32 = 1 << 22;
pub(crate) const FLAG_ALTERNATE: u32 = 1 << 23;
pub(crate) const FLAG_ZERO_PAD: u32 = 1 << 24;
pub(crate) const FLAG_DEBUG_LOWER_HEX: u32 = 1 << 25;
pub(crate) const FLAG_DEBUG_UPPER_HEX: u32 = 1 << 26;
pub(crate) const FLAG_WIDTH: u32 = 1 << 27;
pub(crate) const FLAG_PRECISION: u32 = 1 << 28;
pub(crate) const ALIGN_SHIFT: u32 = 29;
pub(crate) const ALIGN_MASK: u32 = 3 << 29;
pub(crate) const FILL_MASK: u32 = 0x1F_FFFF;
/// Fill `' '`, alignment unknown, no flags.
pub(crate) const DEFAULT_FLAGS: u32 = 0x6000_0020;

/// The options of one placeholder: flags (fill char, sign, `#`, `0`, `x?`/`X?`, which of width and
/// precision are set, alignment), width and precision.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct FormattingOptions {
    flags: u32,
    width: u16,
    precision: u16,
}

impl FormattingOptions {
    pub const fn new() -> FormattingOptions {
        FormattingOptions { flags: DEFAULT_FLAGS, width: 0, precision: 0 }
    }
    pub fn fill(&mut self, fill: char) -> &mut Self {
        self.flags = (self.flags & !FILL_MASK) | (fill as u32);
        self
    }
    pub fn align(&mut self, align: Option<Alignment>) -> &mut Self {
        let a = match align {
            Some(Alignment::Left) => 0,
            Some(Alignment::Right) => 1,
            Some(Alignment::Center) => 2,
            None => 3,
        };
        self.flags = (self.flags & !ALIGN_MASK) | (a << ALIGN_SHIFT);
        self
    }
    pub fn width(&mut self, width: Option<u16>) -> &mut Self {
        match width {
            Some(w) => {
                self.flags |= FLAG_WIDTH;
                self.width = w;
            }
            None => {
                self.flags &= !FLAG_WIDTH;
                self.width = 0;
            }
        }
        self
    }
    pub fn precision(&mut self, precision: Option<u16>) -> &mut Self {
        match precision {
            Some(p) => {
                self.flags |= FLAG_PRECISION;
                self.precision = p;
            }
            None => {
                self.flags &= !FLAG_PRECISION;
                self.precision = 0;
            }
        }
        self
    }
    pub fn alternate(&mut self, alternate: bool) -> &mut Self {
        if alternate { self.flags |= FLAG_ALTERNATE } else { self.flags &= !FLAG_ALTERNATE }
        self
    }
    pub fn sign_aware_zero_pad(&mut self, zero_pad: bool) -> &mut Self {
        if zero_pad { self.flags |= FLAG_ZERO_PAD } else { self.flags &= !FLAG_ZERO_PAD }
        self
    }
    pub fn sign_plus(&mut self, plus: bool) -> &mut Self {
        if plus { self.flags |= FLAG_SIGN_PLUS } else { self.flags &= !FLAG_SIGN_PLUS }
        self
    }
    pub fn create_formatter<'a>(self, write: &'a mut (dyn Write + 'a)) -> Formatter<'a> {
        Formatter { options: self, buf: write }
    }
}

impl crate::default::Default for FormattingOptions {
    fn default() -> Self {
        Self::new()
    }
}

/// Where formatted output goes, plus the options of the current placeholder.
pub struct Formatter<'a> {
    options: FormattingOptions,
    buf: &'a mut (dyn Write + 'a),
}

impl<'a> Formatter<'a> {
    /// A formatter with default options writing to `buf` (used by the model `alloc`/`std`).
    pub fn new(buf: &'a mut (dyn Write + 'a)) -> Formatter<'a> {
        Formatter { options: FormattingOptions::new(), buf }
    }

    pub fn new_with_options(buf: &'a mut (dyn Write + 'a), options: FormattingOptions) -> Formatter<'a> {
        Formatter { options, buf }
    }

    /// A formatter with the same options writing to another sink (`PadAdapter`).
    pub(crate) fn wrap_buf<'b>(&'b mut self, buf: &'b mut (dyn Write + 'b)) -> Formatter<'b> {
        Formatter { options: self.options, buf }
    }

    pub fn options(&self) -> FormattingOptions {
        self.options
    }

    pub(crate) fn set_options(&mut self, options: FormattingOptions) {
        self.options = options;
    }

    pub(crate) fn options_mut(&mut self) -> &mut FormattingOptions {
        &mut self.options
    }

    pub fn fill(&self) -> char {
        // SAFETY: the fill is always a valid char (it comes from a `char` in the template).
        unsafe { char::from_u32_unchecked(self.options.flags & FILL_MASK) }
    }

    pub fn align(&self) -> Option<Alignment> {
        match (self.options.flags & ALIGN_MASK) >> ALIGN_SHIFT {
            0 => Some(Alignment::Left),
            1 => Some(Alignment::Right),
            2 => Some(Alignment::Center),
            _ => None,
        }
    }

    pub fn width(&self) -> Option<usize> {
        if self.options.flags & FLAG_WIDTH != 0 { Some(self.options.width as usize) } else { None }
    }

    pub fn precision(&self) -> Option<usize> {
        if self.options.flags & FLAG_PRECISION != 0 {
            Some(self.options.precision as usize)
        } else {
            None
        }
    }

    pub fn sign_plus(&self) -> bool {
        self.options.flags & FLAG_SIGN_PLUS != 0
    }

    pub fn sign_minus(&self) -> bool {
        self.options.flags & FLAG_SIGN_MINUS != 0
    }

    pub fn alternate(&self) -> bool {
        self.options.flags & FLAG_ALTERNATE != 0
    }

    pub fn sign_aware_zero_pad(&self) -> bool {
        self.options.flags & FLAG_ZERO_PAD != 0
    }

    pub(crate) fn debug_lower_hex(&self) -> bool {
        self.options.flags & FLAG_DEBUG_LOWER_HEX != 0
    }

    pub(crate) fn debug_upper_hex(&self) -> bool {
        self.options.flags & FLAG_DEBUG_UPPER_HEX != 0
    }

    pub fn write_str(&mut self, data: &str) -> Result {
        self.buf.write_str(data)
    }

    pub fn write_char(&mut self, c: char) -> Result {
        self.buf.write_char(c)
    }

    pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result {
        match fmt.as_str() {
            Some(s) => self.buf.write_str(s),
            None => write(&mut *self.buf, fmt),
        }
    }

    /// Writes `s` honouring width, fill, alignment (default left) and precision (maximum number of
    /// chars), as real core's `Formatter::pad`.
    pub fn pad(&mut self, s: &str) -> Result {
        if self.width().is_none() && self.precision().is_none() {
            return self.buf.write_str(s);
        }
        let s = match self.precision() {
            Some(max) => {
                let mut iter = s.char_indices();
                let mut n = 0;
                let mut end = s.len();
                while let Some((i, _)) = iter.next() {
                    if n == max {
                        end = i;
                        break;
                    }
                    n += 1;
                }
                // SAFETY: `end` is a char boundary (from `char_indices`) or the length.
                unsafe { s.get_unchecked(..end) }
            }
            None => s,
        };
        match self.width() {
            None => self.buf.write_str(s),
            Some(width) => {
                let chars_count = s.chars().count();
                if chars_count >= width {
                    self.buf.write_str(s)
                } else {
                    let post = self.padding(width - chars_count, Alignment::Left)?;
                    self.buf.write_str(s)?;
                    post.write(self)
                }
            }
        }
    }

    /// Writes the fill before the value and returns what to write after it.
    pub(crate) fn padding(&mut self, padding: usize, default: Alignment) -> crate::result::Result<PostPadding, Error> {
        let align = match self.align() {
            Some(a) => a,
            None => default,
        };
        let (pre_pad, post_pad) = match align {
            Alignment::Left => (0, padding),
            Alignment::Right => (padding, 0),
            Alignment::Center => (padding / 2, (padding + 1) / 2),
        };
        let fill = self.fill();
        let mut i = 0;
        while i < pre_pad {
            self.buf.write_char(fill)?;
            i += 1;
        }
        Ok(PostPadding { fill, padding: post_pad })
    }

    /// Writes an already-formatted integer `buf` with its sign and prefix (`0x` with `#`),
    /// honouring width, fill, alignment (default right) and `0` padding (real core's algorithm).
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
        let mut width = buf.len();
        let mut sign = None;
        if !is_nonnegative {
            sign = Some('-');
            width += 1;
        } else if self.sign_plus() {
            sign = Some('+');
            width += 1;
        }
        let prefix = if self.alternate() {
            width += prefix.chars().count();
            Some(prefix)
        } else {
            None
        };
        match self.width() {
            None => {
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)
            }
            Some(min) if width >= min => {
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)
            }
            Some(min) if self.sign_aware_zero_pad() => {
                let old_options = self.options;
                self.options.fill('0').align(Some(Alignment::Right));
                write_prefix(self, sign, prefix)?;
                let post_padding = self.padding(min - width, Alignment::Right)?;
                self.buf.write_str(buf)?;
                post_padding.write(self)?;
                self.options = old_options;
                Ok(())
            }
            Some(min) => {
                let post_padding = self.padding(min - width, Alignment::Right)?;
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)?;
                post_padding.write(self)
            }
        }
    }

    /// Writes already-formatted parts of a number (sign, then the parts), padding like
    /// `pad_integral` (used for floats).
    pub(crate) fn pad_formatted_parts(&mut self, sign: &str, parts: &[&str]) -> Result {
        let mut len = sign.len();
        let mut i = 0;
        while i < parts.len() {
            len += parts[i].len();
            i += 1;
        }
        let write_parts = |f: &mut Formatter<'_>| -> Result {
            let mut i = 0;
            while i < parts.len() {
                f.buf.write_str(parts[i])?;
                i += 1;
            }
            Ok(())
        };
        match self.width() {
            Some(width) if len < width => {
                let old_options = self.options;
                let mut sign_written = false;
                if self.sign_aware_zero_pad() {
                    self.buf.write_str(sign)?;
                    sign_written = true;
                    self.options.fill('0').align(Some(Alignment::Right));
                }
                let post = self.padding(width - len, Alignment::Right)?;
                if !sign_written {
                    self.buf.write_str(sign)?;
                }
                write_parts(self)?;
                post.write(self)?;
                self.options = old_options;
                Ok(())
            }
            _ => {
                self.buf.write_str(sign)?;
                write_parts(self)
            }
        }
    }

    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> {
        builders::debug_struct_new(self, name)
    }

    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> {
        builders::debug_tuple_new(self, name)
    }

    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> {
        builders::debug_list_new(self)
    }

    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> {
        builders::debug_set_new(self)
    }

    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> {
        builders::debug_map_new(self)
    }

    // Helpers used by rustc's own `#[derive(Debug)]` expansion (rust-analyzer uses the builders).

    #[doc(hidden)]
    pub fn debug_tuple_field1_finish<'b>(&'b mut self, name: &str, value1: &dyn Debug) -> Result {
        let mut builder = self.debug_tuple(name);
        builder.field(value1);
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_tuple_field2_finish<'b>(&'b mut self, name: &str, value1: &dyn Debug, value2: &dyn Debug) -> Result {
        let mut builder = self.debug_tuple(name);
        builder.field(value1);
        builder.field(value2);
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_tuple_fields_finish<'b>(&'b mut self, name: &str, values: &[&dyn Debug]) -> Result {
        let mut builder = self.debug_tuple(name);
        let mut i = 0;
        while i < values.len() {
            builder.field(values[i]);
            i += 1;
        }
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_struct_field1_finish<'b>(&'b mut self, name: &str, name1: &str, value1: &dyn Debug) -> Result {
        let mut builder = self.debug_struct(name);
        builder.field(name1, value1);
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_struct_field2_finish<'b>(
        &'b mut self,
        name: &str,
        name1: &str,
        value1: &dyn Debug,
        name2: &str,
        value2: &dyn Debug,
    ) -> Result {
        let mut builder = self.debug_struct(name);
        builder.field(name1, value1);
        builder.field(name2, value2);
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_struct_field3_finish<'b>(
        &'b mut self,
        name: &str,
        name1: &str,
        value1: &dyn Debug,
        name2: &str,
        value2: &dyn Debug,
        name3: &str,
        value3: &dyn Debug,
    ) -> Result {
        let mut builder = self.debug_struct(name);
        builder.field(name1, value1);
        builder.field(name2, value2);
        builder.field(name3, value3);
        builder.finish()
    }

    #[doc(hidden)]
    pub fn debug_struct_fields_finish<'b>(&'b mut self, name: &str, names: &[&str], values: &[&dyn Debug]) -> Result {
        let mut builder = self.debug_struct(name);
        let mut i = 0;
        while i < values.len() {
            builder.field(names[i], values[i]);
            i += 1;
        }
        builder.finish()
    }
}

fn write_prefix(f: &mut Formatter<'_>, sign: Option<char>, prefix: Option<&str>) -> Result {
    if let Some(c) = sign {
        f.buf.write_char(c)?;
    }
    if let Some(prefix) = prefix { f.buf.write_str(prefix) } else { Ok(()) }
}

impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result {
        self.buf.write_str(s)
    }

    fn write_char(&mut self, c: char) -> Result {
        self.buf.write_char(c)
    }

    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        match args.as_str() {
            Some(s) => self.buf.write_str(s),
            None => write(&mut *self.buf, args),
        }
    }
}

pub(crate) struct PostPadding {
    fill: char,
    padding: usize,
}

impl PostPadding {
    pub(crate) fn write(self, f: &mut Formatter<'_>) -> Result {
        let mut i = 0;
        while i < self.padding {
            f.buf.write_char(self.fill)?;
            i += 1;
        }
        Ok(())
    }
}

/// A precompiled format string and its arguments (`format_args!`).
#[lang = "format_arguments"]
#[derive(Copy, Clone)]
pub struct Arguments<'a> {
    /// The byte-coded template (empty for a plain literal).
    template: &'a [u8],
    args: &'a [rt::Argument<'a>],
    /// `Some` for a literal-only format string (`from_str`).
    literal: Option<&'static str>,
}

impl<'a> Arguments<'a> {
    /// Called by the `format_args!` lowering.
    ///
    /// # Safety
    /// `template` must be a valid template whose argument indices are in bounds of `args`.
    #[inline]
    pub unsafe fn new<const N: usize, const M: usize>(
        template: &'a [u8; N],
        args: &'a [rt::Argument<'a>; M],
    ) -> Arguments<'a> {
        Arguments { template, args, literal: None }
    }

    /// Called by the `format_args!` lowering for a format string without placeholders.
    #[inline]
    pub const fn from_str(s: &'static str) -> Arguments<'a> {
        Arguments { template: &[], args: &[], literal: Some(s) }
    }

    #[inline]
    pub fn from_str_nonconst(s: &'static str) -> Arguments<'a> {
        Arguments::from_str(s)
    }

    /// The string if there is nothing to format.
    #[inline]
    pub fn as_str(&self) -> Option<&'static str> {
        self.literal
    }

    #[doc(hidden)]
    #[inline]
    pub fn as_statically_known_str(&self) -> Option<&'static str> {
        self.literal
    }

    /// A lower bound for the output length (used to presize `String`s).
    pub fn estimated_capacity(&self) -> usize {
        match self.literal {
            Some(s) => s.len(),
            None => self.template.len(),
        }
    }
}

impl Debug for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
        Display::fmt(self, fmt)
    }
}

impl Display for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result {
        write(&mut *fmt.buf, *self)
    }
}

/// Interprets `args` and writes the result to `output`.
pub fn write(output: &mut dyn Write, args: Arguments<'_>) -> Result {
    if let Some(s) = args.literal {
        return output.write_str(s);
    }
    rt::run_template(output, args.template, args.args)
}

// ----- the formatting traits -----

/// `{:?}`
#[rustc_diagnostic_item = "Debug"]
pub trait Debug: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `#[derive(Debug)]`
pub(crate) mod macros {
    #[rustc_builtin_macro]
    pub macro Debug($item:item) {
        /* compiler built-in */
    }
}
pub use macros::Debug;

/// `{}`
#[rustc_diagnostic_item = "Display"]
pub trait Display: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:o}`
pub trait Octal: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:b}`
pub trait Binary: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:x}`
pub trait LowerHex: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:X}`
pub trait UpperHex: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:p}`
pub trait Pointer: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:e}`
pub trait LowerExp: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:E}`
pub trait UpperExp: PointeeSized {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// `{:p}` of an address: `0x` + lower hex; with `#`, zero-padded to 18 chars (real core).
pub(crate) fn pointer_fmt_inner(ptr_addr: usize, f: &mut Formatter<'_>) -> Result {
    pointer_fmt_inner_impl(ptr_addr, f)
}

// ----- impls for references and wrappers -----

macro_rules! fmt_ref {
    ($($tr:ident),*) => {$(
        impl<T: ?Sized + $tr> $tr for &T {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $tr::fmt(&**self, f)
            }
        }
        impl<T: ?Sized + $tr> $tr for &mut T {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                $tr::fmt(&**self, f)
            }
        }
    )*};
}
fmt_ref! { Debug, Display, Octal, Binary, LowerHex, UpperHex, LowerExp, UpperExp }

impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(*self as *const T), f)
    }
}

impl<T: ?Sized> Pointer for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Pointer::fmt(&(&**self as *const T), f)
    }
}

impl Debug for bool {
    #[inline]
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(self, f)
    }
}

impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Display::fmt(if *self { "true" } else { "false" }, f)
    }
}

/// `"..."` with `char::escape_debug` escapes (double quotes escaped, single quotes not).
impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('"')?;
        let mut from = 0;
        for (i, c) in self.char_indices() {
            // Fast path: printable ASCII other than `"` and `\` is written as is.
            if c >= ' ' && c <= '~' && c != '"' && c != '\\' {
                continue;
            }
            let esc = c.escape_debug_ext(false, true);
            if esc.len() != 1 {
                // SAFETY: `from` and `i` are char boundaries.
                f.write_str(unsafe { self.get_unchecked(from..i) })?;
                for e in esc {
                    f.write_char(e)?;
                }
                from = i + c.len_utf8();
            }
        }
        // SAFETY: `from` is a char boundary.
        f.write_str(unsafe { self.get_unchecked(from..) })?;
        f.write_char('"')
    }
}

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad(self)
    }
}

/// `'c'` with `char::escape_debug` escapes (single quotes escaped, double quotes not).
impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('\'')?;
        for c in self.escape_debug_ext(true, false) {
            f.write_char(c)?;
        }
        f.write_char('\'')
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if f.width().is_none() && f.precision().is_none() {
            f.write_char(*self)
        } else {
            f.pad(self.encode_utf8(&mut [0; 4]))
        }
    }
}

impl Debug for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Display for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result {
        *self
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.pad("()")
    }
}

impl<T: ?Sized> Debug for PhantomData<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        write!(f, "PhantomData<{}>", crate::intrinsics::type_name::<T>())
    }
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        Debug::fmt(&self[..], f)
    }
}

macro_rules! tuple_debug {
    ($(($($name:ident $idx:tt),+))*) => {$(
        impl<$($name: Debug),+> Debug for ($($name,)+) {
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                let mut builder = f.debug_tuple("");
                $( builder.field(&self.$idx); )+
                builder.finish()
            }
        }
    )*};
}

tuple_debug! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}
