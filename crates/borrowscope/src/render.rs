//! Rendering of diagnostics: rustc-style text via annotate-snippets (human mode) or one JSON object
//! per line (`--message-format json`), both on stderr.
//!
//! This is the only place that turns a [`Diagnostic`] into text. Panics of the interpreted program
//! are printed exactly as the native runtime prints them (`thread 'main' panicked at FILE:LINE:COL:`,
//! the message, the `RUST_BACKTRACE` note) because that text is part of the program's observable
//! behaviour. Rendering never panics: spans are clamped to their file and to character boundaries.

use std::io::{IsTerminal, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Snippet};
use bs_ir::{DiagKind, Diagnostic, SourceMap, Span};
use serde_json::{Value, json};

/// How diagnostics are written.
#[derive(Copy, Clone, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MessageFormat {
    /// rustc-style text.
    Human,
    /// One JSON object per diagnostic per line.
    Json,
}

/// Renders diagnostics whose spans point into `sources`.
pub struct Renderer<'a> {
    sources: &'a SourceMap,
    format: MessageFormat,
}

/// The help lines Miri attaches to every Undefined Behavior report.
const UB_HELP: [&str; 2] = [
    "this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior",
    "see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html for further information",
];

impl<'a> Renderer<'a> {
    pub fn new(sources: &'a SourceMap, format: MessageFormat) -> Renderer<'a> {
        Renderer { sources, format }
    }

    /// Writes one diagnostic to stderr.
    pub fn emit(&self, d: &Diagnostic) {
        let mut text = String::new();
        if d.kind == DiagKind::Panic {
            text.push_str(&self.panic_message(d));
        }
        match self.format {
            MessageFormat::Json => {
                text.push_str(&self.json(d).to_string());
                text.push('\n');
            }
            MessageFormat::Human if d.kind != DiagKind::Panic => {
                text.push_str(&self.human(d));
                text.push_str("\n\n");
            }
            MessageFormat::Human => {}
        }
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    /// `file:line:col` of a span, or `None` for a dummy span or an unknown file.
    fn location(&self, span: Span) -> Option<(String, u32, u32)> {
        if span.is_dummy() {
            return None;
        }
        let (path, lc) = self.sources.describe(span)?;
        Some((path, lc.line, lc.col))
    }

    /// The native runtime's panic message. As of Rust 1.95 it starts with an empty line and names the
    /// thread id (`thread 'main' (1234) panicked`); the id is not deterministic, so we print the form
    /// without it and the corpus harness normalises the id away. The machine gives the location as
    /// `FILE:LINE:COL` in `notes[0]` (or as the primary span) and the message as the title.
    fn panic_message(&self, d: &Diagnostic) -> String {
        let location = match d.notes.first() {
            Some(note) if looks_like_location(note) => note.clone(),
            _ => match self.location(d.primary.span) {
                Some((path, line, col)) => format!("{path}:{line}:{col}"),
                None => "<unknown>".to_string(),
            },
        };
        format!(
            "\nthread 'main' panicked at {location}:\n{}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            d.title
        )
    }

    fn human(&self, d: &Diagnostic) -> String {
        let mut group = match self.snippet(d) {
            Some(snippet) => level_title(d).element(snippet),
            None => match self.location(d.primary.span) {
                Some((path, line, col)) => level_title(d).element(
                    Origin::path(path)
                        .line(line as usize)
                        .char_column(col as usize),
                ),
                None => Group::with_title(level_title(d)),
            },
        };
        let notes = d.notes.iter().skip(usize::from(d.kind == DiagKind::Panic));
        for note in notes {
            group = match note.strip_prefix("help: ") {
                Some(help) => group.element(Level::HELP.message(help.to_string())),
                None => group.element(Level::NOTE.message(note.clone())),
            };
        }
        if d.kind == DiagKind::Ub {
            for help in UB_HELP {
                group = group.element(Level::HELP.message(help));
            }
        }
        if !d.backtrace.is_empty() {
            group = group.element(Level::NOTE.message("BACKTRACE:"));
            for frame in &d.backtrace {
                let line = match self.location(frame.span) {
                    Some((path, line, col)) => {
                        format!("inside `{}` at {path}:{line}:{col}", frame.function)
                    }
                    None => format!("inside `{}`", frame.function),
                };
                group = group.element(Level::NOTE.message(line));
            }
        }
        let renderer = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        {
            annotate_snippets::Renderer::styled()
        } else {
            annotate_snippets::Renderer::plain()
        };
        renderer.render(&[group])
    }

    /// The source snippet with the primary and secondary labels (those in the primary's file).
    fn snippet(&self, d: &Diagnostic) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
        let span = d.primary.span;
        if span.is_dummy() {
            return None;
        }
        let file = self.sources.file(span.file)?;
        let label = |message: &str| {
            if message.is_empty() {
                None
            } else {
                Some(message.to_string())
            }
        };
        // Miri labels the primary span "Undefined Behavior occurred here" rather than repeating
        // the title.
        let primary_label = match d.kind {
            DiagKind::Ub
                if d.primary.message.is_empty() || d.title.ends_with(&d.primary.message) =>
            {
                Some("Undefined Behavior occurred here".to_string())
            }
            _ => label(&d.primary.message),
        };
        let mut snippet = Snippet::source(file.text.as_str())
            .path(file.path.as_str())
            .fold(true)
            .annotation(
                AnnotationKind::Primary
                    .span(clamp(&file.text, span))
                    .label(primary_label),
            );
        for secondary in &d.secondary {
            if secondary.span.file == span.file && !secondary.span.is_dummy() {
                snippet = snippet.annotation(
                    AnnotationKind::Context
                        .span(clamp(&file.text, secondary.span))
                        .label(label(&secondary.message)),
                );
            }
        }
        Some(snippet)
    }

    fn json(&self, d: &Diagnostic) -> Value {
        let span_json = |span: Span| match self.location(span) {
            Some((file, line, column)) => json!({ "file": file, "line": line, "column": column }),
            None => Value::Null,
        };
        let labels: Vec<Value> = d
            .secondary
            .iter()
            .map(|l| json!({ "span": span_json(l.span), "message": l.message }))
            .collect();
        let backtrace: Vec<Value> = d
            .backtrace
            .iter()
            .map(|f| {
                let mut frame = json!({ "function": f.function });
                if let Some((file, line, column)) = self.location(f.span) {
                    frame["file"] = json!(file);
                    frame["line"] = json!(line);
                    frame["column"] = json!(column);
                }
                frame
            })
            .collect();
        let mut span = span_json(d.primary.span);
        if d.kind == DiagKind::Panic
            && span.is_null()
            && let Some(note) = d.notes.first()
            && let Some((file, line, column)) = split_location(note)
        {
            span = json!({ "file": file, "line": line, "column": column });
        }
        json!({
            "kind": d.kind.as_str(),
            "title": d.title,
            "span": span,
            "label": d.primary.message,
            "secondary": labels,
            "notes": d.notes,
            "backtrace": backtrace,
        })
    }
}

fn level_title(d: &Diagnostic) -> annotate_snippets::Title<'static> {
    let (level, title) = match d.kind {
        DiagKind::Ub => (Level::ERROR, format!("Undefined Behavior: {}", d.title)),
        // The machine's titles may already carry the prefix; do not print it twice.
        DiagKind::Unsupported => {
            let title = d.title.strip_prefix("unsupported: ").unwrap_or(&d.title);
            (Level::ERROR, format!("unsupported: {title}"))
        }
        DiagKind::Warning => (Level::WARNING, d.title.clone()),
        DiagKind::Error | DiagKind::Leak | DiagKind::ResourceLimit | DiagKind::Panic => {
            (Level::ERROR, d.title.clone())
        }
    };
    level.primary_title(title)
}

/// Clamps a span to the text and to character boundaries (annotate-snippets expects valid ranges).
fn clamp(text: &str, span: Span) -> std::ops::Range<usize> {
    let mut lo = (span.lo as usize).min(text.len());
    let mut hi = (span.hi as usize).min(text.len()).max(lo);
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    while hi < text.len() && !text.is_char_boundary(hi) {
        hi += 1;
    }
    lo..hi
}

/// Whether `s` has the shape `PATH:LINE:COL`.
fn looks_like_location(s: &str) -> bool {
    split_location(s).is_some()
}

fn split_location(s: &str) -> Option<(&str, u32, u32)> {
    let (rest, col) = s.rsplit_once(':')?;
    let (path, line) = rest.rsplit_once(':')?;
    if path.is_empty() {
        return None;
    }
    Some((path, line.parse().ok()?, col.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bs_ir::{Frame, SourceFile};

    fn sources() -> SourceMap {
        let mut map = SourceMap::default();
        map.add(SourceFile::new(
            "src/main.rs".into(),
            "fn main() {\n    let x = *p;\n}\n".into(),
            false,
        ));
        map
    }

    fn span(lo: u32, hi: u32) -> Span {
        Span {
            file: bs_ir::FileId(0),
            lo,
            hi,
        }
    }

    #[test]
    fn ub_is_rendered_like_miri() {
        let map = sources();
        let mut d = Diagnostic::new(
            DiagKind::Ub,
            "memory access failed: dangling pointer",
            span(24, 26),
            "here",
        );
        d.backtrace.push(Frame {
            function: "main".into(),
            span: span(24, 26),
        });
        let out = Renderer::new(&map, MessageFormat::Human).human(&d);
        assert!(
            out.starts_with("error: Undefined Behavior: memory access failed: dangling pointer\n"),
            "{out}"
        );
        assert!(out.contains("--> src/main.rs:2:13"), "{out}");
        assert!(out.contains("^^ here"), "{out}");
        let same = Diagnostic::new(
            DiagKind::Ub,
            "memory access failed",
            span(24, 26),
            "memory access failed",
        );
        let out2 = Renderer::new(&map, MessageFormat::Human).human(&same);
        assert!(
            out2.contains("^^ Undefined Behavior occurred here"),
            "{out2}"
        );
        assert!(
            out.contains("= note: inside `main` at src/main.rs:2:13"),
            "{out}"
        );
    }

    #[test]
    fn panic_uses_the_native_format() {
        let map = sources();
        let d =
            Diagnostic::new(DiagKind::Panic, "boom", Span::DUMMY, "").with_note("src/main.rs:2:5");
        let out = Renderer::new(&map, MessageFormat::Human).panic_message(&d);
        assert_eq!(
            out,
            "\nthread 'main' panicked at src/main.rs:2:5:\nboom\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"
        );
    }

    #[test]
    fn json_has_the_documented_fields() {
        let map = sources();
        let d = Diagnostic::new(DiagKind::Ub, "x", span(24, 26), "");
        let v = Renderer::new(&map, MessageFormat::Json).json(&d);
        assert_eq!(v["kind"], "ub");
        assert_eq!(v["span"]["line"], 2);
        assert_eq!(v["span"]["column"], 13);
        assert!(v["notes"].is_array() && v["backtrace"].is_array());
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let map = sources();
        let d = Diagnostic::new(
            DiagKind::Error,
            "x",
            Span {
                file: bs_ir::FileId(0),
                lo: 999,
                hi: 5,
            },
            "l",
        );
        let _ = Renderer::new(&map, MessageFormat::Human).human(&d);
        let d = Diagnostic::new(
            DiagKind::Error,
            "x",
            Span {
                file: bs_ir::FileId(7),
                lo: 0,
                hi: 1,
            },
            "l",
        );
        let _ = Renderer::new(&map, MessageFormat::Human).human(&d);
        let _ = Renderer::new(&map, MessageFormat::Json).json(&d);
    }
}
