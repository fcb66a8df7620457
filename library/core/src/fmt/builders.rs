//! The `Debug` builders (`debug_struct`, `debug_tuple`, `debug_list`, `debug_set`, `debug_map`),
//! with `{:#?}` pretty printing through `PadAdapter` (indents everything written after a newline
//! by four spaces), following real core's output byte for byte.

use super::{Debug, Formatter, Result, Write};
use crate::iter::{IntoIterator, Iterator};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{Err, Ok};

struct PadAdapterState {
    on_newline: bool,
}

struct PadAdapter<'buf, 'state> {
    buf: &'buf mut (dyn Write + 'buf),
    state: &'state mut PadAdapterState,
}

impl Write for PadAdapter<'_, '_> {
    fn write_str(&mut self, s: &str) -> Result {
        for line in s.split_inclusive('\n') {
            if self.state.on_newline {
                self.buf.write_str("    ")?;
            }
            self.state.on_newline = line.ends_with('\n');
            self.buf.write_str(line)?;
        }
        Ok(())
    }

    fn write_char(&mut self, c: char) -> Result {
        if self.state.on_newline {
            self.buf.write_str("    ")?;
        }
        self.state.on_newline = c == '\n';
        self.buf.write_char(c)
    }
}

/// Formats `value` with the options of `fmt`, indented (pretty printing).
fn pad_fmt(fmt: &mut Formatter<'_>, f: &mut dyn FnMut(&mut Formatter<'_>) -> Result) -> Result {
    let mut state = PadAdapterState { on_newline: true };
    let options = fmt.options();
    let mut adapter = PadAdapter { buf: &mut *fmt.buf, state: &mut state };
    let mut writer = Formatter::new_with_options(&mut adapter, options);
    f(&mut writer)
}

use crate::ops::FnMut;

pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

pub(super) fn debug_struct_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugStruct<'a, 'b> {
    let result = fmt.write_str(name);
    DebugStruct { fmt, result, has_fields: false }
}

impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut Self {
        self.field_with(name, |f| value.fmt(f))
    }

    pub fn field_with<F>(&mut self, name: &str, mut value_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                let mut r = Ok(());
                if !self.has_fields {
                    r = self.fmt.write_str(" {\n");
                }
                if r.is_ok() {
                    r = pad_fmt(self.fmt, &mut |w| {
                        w.write_str(name)?;
                        w.write_str(": ")?;
                        value_fmt(w)?;
                        w.write_str(",\n")
                    });
                }
                r
            } else {
                let prefix = if self.has_fields { ", " } else { " { " };
                let fmt = &mut *self.fmt;
                match fmt.write_str(prefix) {
                    Ok(()) => match fmt.write_str(name) {
                        Ok(()) => match fmt.write_str(": ") {
                            Ok(()) => value_fmt(fmt),
                            Err(e) => Err(e),
                        },
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                }
            };
        }
        self.has_fields = true;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    match pad_fmt(self.fmt, &mut |w| w.write_str("..\n")) {
                        Ok(()) => self.fmt.write_str("}"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", .. }")
                }
            } else {
                self.fmt.write_str(" { .. }")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.has_fields && self.result.is_ok() {
            self.result = if self.fmt.alternate() { self.fmt.write_str("}") } else { self.fmt.write_str(" }") };
        }
        self.result
    }
}

pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    fields: usize,
    empty_name: bool,
}

pub(super) fn debug_tuple_new<'a, 'b>(fmt: &'a mut Formatter<'b>, name: &str) -> DebugTuple<'a, 'b> {
    let result = fmt.write_str(name);
    DebugTuple { fmt, result, fields: 0, empty_name: name.is_empty() }
}

impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field(&mut self, value: &dyn Debug) -> &mut Self {
        self.field_with(|f| value.fmt(f))
    }

    pub fn field_with<F>(&mut self, mut value_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                let mut r = Ok(());
                if self.fields == 0 {
                    r = self.fmt.write_str("(\n");
                }
                if r.is_ok() {
                    r = pad_fmt(self.fmt, &mut |w| {
                        value_fmt(w)?;
                        w.write_str(",\n")
                    });
                }
                r
            } else {
                let prefix = if self.fields == 0 { "(" } else { ", " };
                match self.fmt.write_str(prefix) {
                    Ok(()) => value_fmt(self.fmt),
                    Err(e) => Err(e),
                }
            };
        }
        self.fields += 1;
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.fields > 0 {
                if self.fmt.alternate() {
                    match pad_fmt(self.fmt, &mut |w| w.write_str("..\n")) {
                        Ok(()) => self.fmt.write_str(")"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", ..)")
                }
            } else {
                self.fmt.write_str("(..)")
            };
        }
        self.result
    }

    /// A one-element tuple with an empty name gets a trailing comma: `(1,)`.
    pub fn finish(&mut self) -> Result {
        if self.fields > 0 && self.result.is_ok() {
            if self.fields == 1 && self.empty_name && !self.fmt.alternate() {
                self.result = self.fmt.write_str(",");
            }
            if self.result.is_ok() {
                self.result = self.fmt.write_str(")");
            }
        }
        self.result
    }
}

struct DebugInner<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
}

impl<'a, 'b: 'a> DebugInner<'a, 'b> {
    fn entry_with<F>(&mut self, mut entry_fmt: F)
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        if self.result.is_ok() {
            self.result = if self.fmt.alternate() {
                let mut r = Ok(());
                if !self.has_fields {
                    r = self.fmt.write_str("\n");
                }
                if r.is_ok() {
                    r = pad_fmt(self.fmt, &mut |w| {
                        entry_fmt(w)?;
                        w.write_str(",\n")
                    });
                }
                r
            } else {
                let mut r = Ok(());
                if self.has_fields {
                    r = self.fmt.write_str(", ");
                }
                match r {
                    Ok(()) => entry_fmt(self.fmt),
                    Err(e) => Err(e),
                }
            };
        }
        self.has_fields = true;
    }

    fn is_pretty(&self) -> bool {
        self.fmt.alternate()
    }
}

pub struct DebugSet<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_set_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugSet<'a, 'b> {
    let result = fmt.write_str("{");
    DebugSet { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self {
        self.inner.entry_with(|f| entry.fmt(f));
        self
    }

    pub fn entry_with<F>(&mut self, entry_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        self.inner.entry_with(entry_fmt);
        self
    }

    pub fn entries<D, I>(&mut self, entries: I) -> &mut Self
    where
        D: Debug,
        I: IntoIterator<Item = D>,
    {
        for entry in entries {
            self.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        finish_non_exhaustive_inner(&mut self.inner, "}")
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("}");
        }
        self.inner.result
    }
}

fn finish_non_exhaustive_inner(inner: &mut DebugInner<'_, '_>, close: &str) -> Result {
    if inner.result.is_ok() {
        inner.result = if inner.has_fields {
            if inner.is_pretty() {
                match pad_fmt(inner.fmt, &mut |w| w.write_str("..\n")) {
                    Ok(()) => inner.fmt.write_str(close),
                    Err(e) => Err(e),
                }
            } else {
                match inner.fmt.write_str(", ..") {
                    Ok(()) => inner.fmt.write_str(close),
                    Err(e) => Err(e),
                }
            }
        } else {
            match inner.fmt.write_str("..") {
                Ok(()) => inner.fmt.write_str(close),
                Err(e) => Err(e),
            }
        };
    }
    inner.result
}

pub struct DebugList<'a, 'b: 'a> {
    inner: DebugInner<'a, 'b>,
}

pub(super) fn debug_list_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugList<'a, 'b> {
    let result = fmt.write_str("[");
    DebugList { inner: DebugInner { fmt, result, has_fields: false } }
}

impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut Self {
        self.inner.entry_with(|f| entry.fmt(f));
        self
    }

    pub fn entry_with<F>(&mut self, entry_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        self.inner.entry_with(entry_fmt);
        self
    }

    pub fn entries<D, I>(&mut self, entries: I) -> &mut Self
    where
        D: Debug,
        I: IntoIterator<Item = D>,
    {
        for entry in entries {
            self.entry(&entry);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        finish_non_exhaustive_inner(&mut self.inner, "]")
    }

    pub fn finish(&mut self) -> Result {
        if self.inner.result.is_ok() {
            self.inner.result = self.inner.fmt.write_str("]");
        }
        self.inner.result
    }
}

pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
    result: Result,
    has_fields: bool,
    has_key: bool,
    // State of the pad adapter between `key` and `value` in pretty mode.
    on_newline: bool,
}

pub(super) fn debug_map_new<'a, 'b>(fmt: &'a mut Formatter<'b>) -> DebugMap<'a, 'b> {
    let result = fmt.write_str("{");
    DebugMap { fmt, result, has_fields: false, has_key: false, on_newline: true }
}

impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    pub fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut Self {
        self.key(key).value(value)
    }

    pub fn key(&mut self, key: &dyn Debug) -> &mut Self {
        self.key_with(|f| key.fmt(f))
    }

    pub fn key_with<F>(&mut self, mut key_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        if self.result.is_ok() {
            if self.has_key {
                crate::panicking::panic("attempted to begin a new map entry without completing the previous one");
            }
            self.result = if self.fmt.alternate() {
                let mut r = Ok(());
                if !self.has_fields {
                    r = self.fmt.write_str("\n");
                }
                if r.is_ok() {
                    let mut state = PadAdapterState { on_newline: true };
                    let options = self.fmt.options();
                    let mut adapter = PadAdapter { buf: &mut *self.fmt.buf, state: &mut state };
                    let mut writer = Formatter::new_with_options(&mut adapter, options);
                    r = match key_fmt(&mut writer) {
                        Ok(()) => writer.write_str(": "),
                        Err(e) => Err(e),
                    };
                    self.on_newline = state.on_newline;
                }
                r
            } else {
                let mut r = Ok(());
                if self.has_fields {
                    r = self.fmt.write_str(", ");
                }
                match r {
                    Ok(()) => match key_fmt(self.fmt) {
                        Ok(()) => self.fmt.write_str(": "),
                        Err(e) => Err(e),
                    },
                    Err(e) => Err(e),
                }
            };
            self.has_key = true;
        }
        self
    }

    pub fn value(&mut self, value: &dyn Debug) -> &mut Self {
        self.value_with(|f| value.fmt(f))
    }

    pub fn value_with<F>(&mut self, mut value_fmt: F) -> &mut Self
    where
        F: FnMut(&mut Formatter<'_>) -> Result,
    {
        if self.result.is_ok() {
            if !self.has_key {
                crate::panicking::panic("attempted to format a map value before its key");
            }
            self.result = if self.fmt.alternate() {
                let mut state = PadAdapterState { on_newline: self.on_newline };
                let options = self.fmt.options();
                let mut adapter = PadAdapter { buf: &mut *self.fmt.buf, state: &mut state };
                let mut writer = Formatter::new_with_options(&mut adapter, options);
                match value_fmt(&mut writer) {
                    Ok(()) => writer.write_str(",\n"),
                    Err(e) => Err(e),
                }
            } else {
                value_fmt(self.fmt)
            };
            self.has_key = false;
        }
        self.has_fields = true;
        self
    }

    pub fn entries<K, V, I>(&mut self, entries: I) -> &mut Self
    where
        K: Debug,
        V: Debug,
        I: IntoIterator<Item = (K, V)>,
    {
        for (k, v) in entries {
            self.entry(&k, &v);
        }
        self
    }

    pub fn finish_non_exhaustive(&mut self) -> Result {
        if self.result.is_ok() {
            self.result = if self.has_fields {
                if self.fmt.alternate() {
                    match pad_fmt(self.fmt, &mut |w| w.write_str("..\n")) {
                        Ok(()) => self.fmt.write_str("}"),
                        Err(e) => Err(e),
                    }
                } else {
                    self.fmt.write_str(", ..}")
                }
            } else {
                self.fmt.write_str("..}")
            };
        }
        self.result
    }

    pub fn finish(&mut self) -> Result {
        if self.result.is_ok() {
            if self.has_key {
                crate::panicking::panic("attempted to finish a map with a partial entry");
            }
            self.result = self.fmt.write_str("}");
        }
        self.result
    }
}
