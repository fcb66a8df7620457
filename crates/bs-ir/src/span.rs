//! Source files and spans: every IR statement points back to a byte range of a source file.

use crate::index_type;

index_type!(
    /// A source file known to the [`SourceMap`].
    FileId
);

/// A byte range `lo..hi` in one source file. `Span::DUMMY` marks compiler-generated code with no source.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Span {
    pub file: FileId,
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const DUMMY: Span = Span {
        file: FileId(u32::MAX),
        lo: 0,
        hi: 0,
    };

    pub fn is_dummy(&self) -> bool {
        self.file.0 == u32::MAX
    }
}

/// One source file: its display path (what diagnostics print), its text, and the start of each line.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
    /// Whether this file belongs to borrowscope's model standard library (not the user's code).
    pub is_library: bool,
}

/// A resolved position: 1-based line and column (column counted in characters, as rustc does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl SourceFile {
    pub fn new(path: String, text: String, is_library: bool) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path,
            text,
            line_starts,
            is_library,
        }
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.line_starts[line] as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map_or(end - start, |s| s.chars().count());
        LineCol {
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }
}

/// All source files of a run: the user's and the model library's.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId::from_usize(self.files.len() - 1)
    }

    pub fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.index())
    }

    /// `path:line:col` of the start of a span, or `None` for a dummy span.
    pub fn describe(&self, span: Span) -> Option<(String, LineCol)> {
        let file = self.file(span.file)?;
        Some((file.path.clone(), file.line_col(span.lo)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_from_one() {
        let f = SourceFile::new("a.rs".into(), "fn main() {\n  é x\n}\n".into(), false);
        assert_eq!(f.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(f.line_col(12), LineCol { line: 2, col: 1 });
        // 'é' is two bytes but one column.
        assert_eq!(f.line_col(17), LineCol { line: 2, col: 5 });
    }
}
