//! Diagnostics as plain data. The frontend and the machine produce them; only the command line renders
//! them (human, rustc-like via annotate-snippets, or JSON).

use crate::Span;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DiagKind {
    /// Undefined Behaviour detected by the machine (exit code 1).
    Ub,
    /// A panic of the interpreted program (exit code 101, printed like the native panic message).
    Panic,
    /// A feature or library item borrowscope does not support (exit code 3).
    Unsupported,
    /// A frontend error in the user's program: syntax, name resolution, types (exit code 2).
    Error,
    /// A memory leak at exit (reported like Miri; exit code 1).
    Leak,
    /// A resource limit (steps, memory, stack depth) was hit (exit code 4).
    ResourceLimit,
    /// A warning; does not change the exit code.
    Warning,
}

impl DiagKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DiagKind::Ub => "ub",
            DiagKind::Panic => "panic",
            DiagKind::Unsupported => "unsupported",
            DiagKind::Error => "error",
            DiagKind::Leak => "leak",
            DiagKind::ResourceLimit => "resource-limit",
            DiagKind::Warning => "warning",
        }
    }
}

/// A labelled span.
#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One frame of the interpreted program's backtrace, innermost first.
#[derive(Clone, Debug)]
pub struct Frame {
    pub function: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub kind: DiagKind,
    /// For UB: the part after "Undefined Behavior: ", e.g. "memory access failed: ...".
    pub title: String,
    /// The primary location (may be `Span::DUMMY`).
    pub primary: Label,
    /// Secondary labelled spans (e.g. where a tag was created).
    pub secondary: Vec<Label>,
    /// `= note:` / `= help:` lines.
    pub notes: Vec<String>,
    pub backtrace: Vec<Frame>,
}

impl Diagnostic {
    pub fn new(
        kind: DiagKind,
        title: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            kind,
            title: title.into(),
            primary: Label {
                span,
                message: label.into(),
            },
            secondary: Vec::new(),
            notes: Vec::new(),
            backtrace: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}
