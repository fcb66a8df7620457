//! The panic entry points the compiler-generated and library code call (`panic`, `panic_fmt`,
//! `panic_display`, `assert_failed`, bounds checks). The message is formatted into a heap buffer
//! here and handed to the machine's `__bs_panic` hook together with the caller's `Location`; the
//! machine prints `thread 'main' panicked at FILE:LINE:COL:` + the message and exits with 101.

use crate::bs_hooks;
use crate::fmt::{self, Debug, Write};
use crate::option::Option::{self, None, Some};
use crate::panic::Location;
use crate::result::Result::{Err, Ok};

/// A growable byte buffer on the model heap (core has no `Vec`).
struct PanicBuffer {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl Write for PanicBuffer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let needed = self.len + s.len();
        if needed > self.cap {
            let mut new_cap = if self.cap == 0 { 64 } else { self.cap * 2 };
            while new_cap < needed {
                new_cap *= 2;
            }
            // SAFETY: the buffer was allocated with (cap, 1) or is null with cap 0.
            let new_ptr = unsafe {
                if self.cap == 0 {
                    bs_hooks::__bs_alloc(new_cap, 1)
                } else {
                    bs_hooks::__bs_realloc(self.ptr, self.cap, 1, new_cap)
                }
            };
            if new_ptr.is_null() {
                return Err(fmt::Error);
            }
            self.ptr = new_ptr;
            self.cap = new_cap;
        }
        // SAFETY: the buffer has room for `s`.
        unsafe {
            crate::intrinsics::copy_nonoverlapping(s.as_ptr(), self.ptr.add(self.len), s.len());
        }
        self.len += s.len();
        Ok(())
    }
}

/// The panic implementation: `panic!("...", args)` ends here.
#[lang = "panic_fmt"]
#[cold]
#[inline(never)]
#[track_caller]
#[rustc_do_not_const_check]
pub const fn panic_fmt(fmt: fmt::Arguments<'_>) -> ! {
    let location = Location::caller();
    if let Some(s) = fmt.as_str() {
        // SAFETY: the hook only reads the message.
        unsafe { bs_hooks::__bs_panic(s.as_ptr(), s.len(), location) }
    }
    let mut buf = PanicBuffer { ptr: crate::ptr::null_mut(), len: 0, cap: 0 };
    let _ = fmt::write(&mut buf, fmt);
    // The buffer is leaked deliberately: the program ends here (the machine does not report leaks
    // after a panic, as Miri does not).
    // SAFETY: `buf.ptr` holds `buf.len` initialized bytes (or is null with length 0).
    unsafe { bs_hooks::__bs_panic(buf.ptr, buf.len, location) }
}

#[lang = "const_panic_fmt"]
#[track_caller]
pub fn const_panic_fmt(fmt: fmt::Arguments<'_>) -> ! {
    panic_fmt(fmt)
}

/// `panic!("literal")` and compiler-generated panics.
#[lang = "panic"]
#[cold]
#[inline(never)]
#[track_caller]
#[rustc_do_not_const_check]
pub const fn panic(expr: &'static str) -> ! {
    // SAFETY: the hook only reads the message.
    unsafe { bs_hooks::__bs_panic(expr.as_ptr(), expr.len(), crate::intrinsics::caller_location()) }
}

#[inline(never)]
#[cold]
#[track_caller]
pub fn panic_str(expr: &str) -> ! {
    panic_display(&expr);
}

#[inline(never)]
#[cold]
#[track_caller]
pub fn panic_explicit() -> ! {
    panic("explicit panic");
}

#[inline(never)]
#[cold]
#[track_caller]
#[rustc_do_not_const_check]
pub const fn panic_display<T: fmt::Display + ?Sized>(x: &T) -> ! {
    panic_fmt(format_args!("{}", x));
}

#[inline(never)]
#[cold]
#[track_caller]
pub fn unreachable_display<T: fmt::Display + ?Sized>(x: &T) -> ! {
    panic_fmt(format_args!("internal error: entered unreachable code: {}", x));
}

/// `unreachable!("fmt", args..)` (edition 2021+): one `format_args!` level at the call site
/// (the message is prefixed here).
#[inline(never)]
#[cold]
#[track_caller]
pub fn unreachable_fmt(args: fmt::Arguments<'_>) -> ! {
    panic_fmt(format_args!("internal error: entered unreachable code: {}", args));
}

/// `assert!(cond)` without a message: `assertion failed: {cond}`. rust-analyzer's `stringify!`
/// wraps an `expr` fragment in parentheses and puts a space between all tokens
/// (`(v . len () == 2)`); `AssertExpr` re-spaces it the way rustc's pretty printer does for the
/// common cases (`v.len() == 2`).
#[inline(never)]
#[cold]
#[track_caller]
pub fn panic_assert(stringified: &'static str) -> ! {
    panic_fmt(format_args!("assertion failed: {}", AssertExpr(stringified)));
}

struct AssertExpr(&'static str);

/// The next space-separated token of `s` from `i` (string and char literals are one token).
fn next_token(s: &str, mut i: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    if b[i] == b'"' || (b[i] == b'b' && i + 1 < b.len() && b[i + 1] == b'"') {
        if b[i] == b'b' {
            i += 1;
        }
        i += 1;
        while i < b.len() && b[i] != b'"' {
            if b[i] == b'\\' {
                i += 1;
            }
            i += 1;
        }
        i += 1;
        if i > b.len() {
            i = b.len();
        }
    }
    if matches!(b[i], b'(' | b')' | b'[' | b']' | b'{' | b'}') && i == start {
        return Some((start, i + 1));
    }
    while i < b.len() && !matches!(b[i], b' ' | b'(' | b')' | b'[' | b']' | b'{' | b'}') {
        i += 1;
    }
    Some((start, i))
}

fn is_operand_end(t: &str) -> bool {
    let Some(&last) = t.as_bytes().last() else { return false };
    last.is_ascii_alphanumeric() || last == b'_' || last == b')' || last == b']' || last == b'"' || last == b'\''
}

fn is_keyword(t: &str) -> bool {
    matches!(t, "in" | "if" | "else" | "return" | "move" | "mut" | "as" | "match" | "let" | "ref" | "dyn" | "impl")
}

impl fmt::Display for AssertExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = self.0;
        // Strip the parentheses rust-analyzer adds around the fragment (only if they match).
        let b = s.as_bytes();
        if b.len() >= 2 && b[0] == b'(' && b[b.len() - 1] == b')' {
            let mut depth = 0i32;
            let mut outer = true;
            let mut i = 0;
            while i < b.len() {
                match b[i] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 && i != b.len() - 1 {
                            outer = false;
                        }
                    }
                    b'"' => {
                        i += 1;
                        while i < b.len() && b[i] != b'"' {
                            if b[i] == b'\\' {
                                i += 1;
                            }
                            i += 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if outer {
                // SAFETY: ASCII parentheses at both ends.
                s = unsafe { s.get_unchecked(1..s.len() - 1) }.trim();
            }
        }
        let mut pos = 0;
        let mut prev: Option<&str> = None;
        let mut prev_unary = false;
        while let Some((a, e)) = next_token(s, pos) {
            // SAFETY: token bounds are at ASCII spaces or the ends.
            let t = unsafe { s.get_unchecked(a..e) };
            pos = e;
            let mut unary = false;
            if let Some(p) = prev {
                let operand_before = is_operand_end(p) && !is_keyword(p);
                let space = if prev_unary {
                    false
                } else if matches!(t, "." | "," | ";" | ")" | "]" | "?" | "::" | ".." | "..=")
                    || matches!(p, "." | "(" | "[" | "::" | ".." | "..=")
                {
                    false
                } else if (t == "(" || t == "[") && operand_before {
                    false
                } else if t == "!" && p.as_bytes().iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_') {
                    false // macro call `name!`
                } else {
                    true
                };
                if p == "!" && !prev_unary && t == "(" {
                    // `name!(..)`: no space after the bang either.
                }
                if space {
                    f.write_str(" ")?;
                }
                if matches!(t, "-" | "*" | "&" | "!" | "&&") && !operand_before {
                    unary = true;
                }
                if t == "!" && p.as_bytes().iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_') {
                    unary = true; // macro bang: glue the following `(`
                }
            } else if matches!(t, "-" | "*" | "&" | "!" | "&&") {
                unary = true;
            }
            f.write_str(t)?;
            prev = Some(t);
            prev_unary = unary;
        }
        Ok(())
    }
}

/// `todo!`/`unimplemented!` with a message: `{prefix}{args}`.
#[inline(never)]
#[cold]
#[track_caller]
pub fn panic_prefixed_fmt(prefix: &'static str, args: fmt::Arguments<'_>) -> ! {
    panic_fmt(format_args!("{}{}", prefix, args));
}

/// `index out of bounds: the len is {len} but the index is {index}` (lang item of the builtin
/// bounds check).
#[lang = "panic_bounds_check"]
#[cold]
#[inline(never)]
#[track_caller]
pub fn panic_bounds_check(index: usize, len: usize) -> ! {
    panic!("index out of bounds: the len is {len} but the index is {index}")
}

#[cold]
#[inline(never)]
#[track_caller]
pub fn panic_misaligned_pointer_dereference(required: usize, found: usize) -> ! {
    panic!("misaligned pointer dereference: address must be a multiple of {required:#x} but is {found:#x}")
}

#[cold]
#[inline(never)]
#[track_caller]
pub fn panic_nounwind(expr: &'static str) -> ! {
    panic(expr)
}

#[doc(hidden)]
#[derive(Debug)]
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}

/// `assert_eq!`/`assert_ne!` failure: real core's message format.
#[cold]
#[inline(never)]
#[track_caller]
#[doc(hidden)]
pub fn assert_failed<T, U>(kind: AssertKind, left: &T, right: &U, args: Option<fmt::Arguments<'_>>) -> !
where
    T: Debug + ?Sized,
    U: Debug + ?Sized,
{
    let op = match kind {
        AssertKind::Eq => "==",
        AssertKind::Ne => "!=",
        AssertKind::Match => "matches",
    };
    match args {
        Some(args) => panic!(
            "assertion `left {op} right` failed: {args}\n  left: {left:?}\n right: {right:?}"
        ),
        None => panic!("assertion `left {op} right` failed\n  left: {left:?}\n right: {right:?}"),
    }
}
