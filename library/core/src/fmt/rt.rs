//! The runtime side of `format_args!`: `Argument` (lang item `format_argument`, one formattable
//! value plus the trait to format it with, or a `usize` for `{:width$}`) and the interpreter of
//! rustc 1.93's byte-coded template.
//!
//! Template encoding (produced by rust-analyzer's `format_args!` lowering, as rustc does):
//! * `0x00`: end;
//! * `0x01..=0x7F`: a literal of that many bytes follows;
//! * `0x80`: a literal whose length is the following little-endian `u16` follows;
//! * `0xC0..=0xFF`: a placeholder; bit 0: a `u32` of flags follows (else the default
//!   `0x6000_0020`); bit 1: a `u16` width follows; bit 2: a `u16` precision follows; bit 3: a `u16`
//!   argument index follows (else the next implicit one); bit 4/5: the width/precision is the index
//!   of a `from_usize` argument instead of a value. The flags say whether width/precision are set
//!   at all (bits 27/28), so "set but not encoded" means 0.

use super::{
    Binary, Debug, Display, Error, Formatter, FormattingOptions, LowerExp, LowerHex, Octal, Pointer,
    Result, UpperExp, UpperHex, Write, DEFAULT_FLAGS, FLAG_PRECISION, FLAG_WIDTH,
};
use crate::marker::{PhantomData, Sized};
use crate::result::Result::{Err, Ok};

type FormatFn = unsafe fn(*const (), &mut Formatter<'_>) -> Result;

#[derive(Copy, Clone)]
enum ArgumentKind {
    Placeholder { value: *const (), formatter: FormatFn },
    Count(usize),
}

/// One argument of `format_args!`. The value is type-erased to a pointer; the formatter is a
/// monomorphic shim that casts it back (no function-pointer transmutes, so the machine sees calls
/// with exactly matching signatures).
#[lang = "format_argument"]
#[derive(Copy, Clone)]
pub struct Argument<'a> {
    kind: ArgumentKind,
    _lifetime: PhantomData<&'a ()>,
}

macro_rules! argument_new {
    ($($new:ident $shim:ident $Trait:ident;)*) => {
        $(
            unsafe fn $shim<T: $Trait>(value: *const (), f: &mut Formatter<'_>) -> Result {
                // SAFETY: `value` was created from a `&T` in the matching constructor and the
                // `Argument` does not outlive it.
                unsafe { $Trait::fmt(&*(value as *const T), f) }
            }
        )*
        impl<'a> Argument<'a> {
            $(
                #[inline]
                pub fn $new<T: $Trait>(x: &'a T) -> Argument<'a> {
                    Argument {
                        kind: ArgumentKind::Placeholder {
                            value: x as *const T as *const (),
                            formatter: $shim::<T>,
                        },
                        _lifetime: PhantomData,
                    }
                }
            )*
        }
    };
}

argument_new! {
    new_display display_shim Display;
    new_debug debug_shim Debug;
    new_octal octal_shim Octal;
    new_lower_hex lower_hex_shim LowerHex;
    new_upper_hex upper_hex_shim UpperHex;
    new_pointer pointer_shim Pointer;
    new_binary binary_shim Binary;
    new_lower_exp lower_exp_shim LowerExp;
    new_upper_exp upper_exp_shim UpperExp;
}

impl<'a> Argument<'a> {
    /// A `{:width$}`/`{:.prec$}` count argument.
    #[inline]
    pub fn from_usize(x: &usize) -> Argument<'_> {
        Argument { kind: ArgumentKind::Count(*x), _lifetime: PhantomData }
    }

    #[inline]
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        match self.kind {
            // SAFETY: the shim matches the type the pointer was created from.
            ArgumentKind::Placeholder { value, formatter } => unsafe { formatter(value, f) },
            // A count used as a value cannot come out of the lowering.
            ArgumentKind::Count(_) => Err(Error),
        }
    }

    #[inline]
    fn as_count(&self) -> usize {
        match self.kind {
            ArgumentKind::Count(n) => n,
            ArgumentKind::Placeholder { .. } => 0,
        }
    }
}

#[inline]
fn read_u16(template: &[u8], i: &mut usize) -> u16 {
    let v = template[*i] as u16 | ((template[*i + 1] as u16) << 8);
    *i += 2;
    v
}

#[inline]
fn read_u32(template: &[u8], i: &mut usize) -> u32 {
    let v = template[*i] as u32
        | ((template[*i + 1] as u32) << 8)
        | ((template[*i + 2] as u32) << 16)
        | ((template[*i + 3] as u32) << 24);
    *i += 4;
    v
}

/// Interprets a template (see the module docs) with its arguments.
pub(super) fn run_template(output: &mut dyn Write, template: &[u8], args: &[Argument<'_>]) -> Result {
    let mut i = 0;
    let mut next_arg = 0usize;
    loop {
        let b = template[i];
        i += 1;
        if b == 0 {
            return Ok(());
        }
        if b < 0x80 || b == 0x80 {
            let len = if b == 0x80 { read_u16(template, &mut i) as usize } else { b as usize };
            // SAFETY: the lowering splits literals at UTF-8 boundaries.
            let s = unsafe { crate::str::from_utf8_unchecked(&template[i..i + len]) };
            output.write_str(s)?;
            i += len;
            continue;
        }
        // A placeholder.
        let flags = if b & 1 != 0 { read_u32(template, &mut i) } else { DEFAULT_FLAGS };
        let mut width: usize = 0;
        if b & (1 << 1) != 0 {
            let v = read_u16(template, &mut i) as usize;
            width = if b & (1 << 4) != 0 { args[v].as_count() } else { v };
        }
        let mut precision: usize = 0;
        if b & (1 << 2) != 0 {
            let v = read_u16(template, &mut i) as usize;
            precision = if b & (1 << 5) != 0 { args[v].as_count() } else { v };
        }
        let position = if b & (1 << 3) != 0 { read_u16(template, &mut i) as usize } else { next_arg };
        next_arg = position + 1;

        let mut options = FormattingOptions::new();
        options.flags = flags;
        options.width = if flags & FLAG_WIDTH != 0 { width as u16 } else { 0 };
        options.precision = if flags & FLAG_PRECISION != 0 { precision as u16 } else { 0 };
        let mut f = Formatter::new_with_options(output, options);
        args[position].fmt(&mut f)?;
    }
}
