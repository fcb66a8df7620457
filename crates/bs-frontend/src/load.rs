//! Building the in-memory crate graph: the user's file plus the model `core`/`alloc`/`std` embedded from
//! `library/`, with no cargo, no rust-src and no proc-macro server. Also maps rust-analyzer's files and
//! ranges to our [`bs_ir::Span`]s.

use ra_ap_base_db::{
    AbsPathBuf, Crate, CrateDisplayName, CrateGraphBuilder, CrateName, CrateOrigin,
    CrateWorkspaceData, DependencyBuilder, Env, FileChange, FileId as RaFileId, FileSet,
    LangCrateOrigin, SourceRoot, VfsPath,
    target::{Arch, TargetData},
};
use ra_ap_cfg::CfgOptions;
use ra_ap_hir_expand::{HirFileId, InFile};
use ra_ap_intern::Symbol;
use ra_ap_span::Edition;
use ra_ap_syntax::TextRange;
use triomphe::Arc;

use bs_ir::{FileId, SourceFile, SourceMap, Span};

use crate::db::Db;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/library_files.rs"));
}

/// rustc's data layout for x86_64-unknown-linux-gnu: the only target input layouts need.
const DATA_LAYOUT: &str =
    "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";

/// The user crate's root file id in the VFS.
const USER_FILE: RaFileId = RaFileId::from_raw(0);

/// The loaded database with the crate graph and the file mapping.
pub struct Analysis {
    pub db: Db,
    pub user_crate: Crate,
    /// `core`, `alloc`, `std`, in that order.
    pub library_crates: Vec<Crate>,
    pub sources: SourceMap,
    /// `ra_to_bs[ra_file.index()]` is our id of rust-analyzer's file.
    ra_to_bs: Vec<FileId>,
}

impl Analysis {
    /// Loads the user file `text` (shown in diagnostics as `display_path`) with the model library.
    pub fn new(display_path: &str, text: String) -> Analysis {
        let mut db = Db::default();
        let mut sources = SourceMap::default();
        let mut ra_to_bs = Vec::new();
        let mut change = FileChange::default();

        // File 0: the user's crate root, in its own (local) source root.
        let mut user_set = FileSet::default();
        user_set.insert(USER_FILE, VfsPath::new_virtual_path("/main.rs".to_string()));
        change.change_file(USER_FILE, Some(text.clone()));
        ra_to_bs.push(sources.add(SourceFile::new(display_path.to_string(), text, false)));

        // The model library: one library source root with every embedded file.
        let mut lib_set = FileSet::default();
        let mut roots = Vec::new();
        for (i, (rel, contents)) in embedded::LIBRARY_FILES.iter().enumerate() {
            let id = RaFileId::from_raw(i as u32 + 1);
            lib_set.insert(id, VfsPath::new_virtual_path(format!("/library/{rel}")));
            change.change_file(id, Some(contents.to_string()));
            ra_to_bs.push(sources.add(SourceFile::new(
                format!("library/{rel}"),
                contents.to_string(),
                true,
            )));
            if let Some(name) = rel.strip_suffix("/src/lib.rs") {
                roots.push((name.to_string(), id));
            }
        }
        change.set_roots(vec![
            SourceRoot::new_local(user_set),
            SourceRoot::new_library(lib_set),
        ]);

        let ws = Arc::new(CrateWorkspaceData {
            target: Ok(TargetData {
                data_layout: DATA_LAYOUT.into(),
                arch: Arch::Other,
            }),
            toolchain: None,
        });
        let mut cfg = CfgOptions::default();
        for atom in [
            "debug_assertions",
            "unix",
            "target_has_atomic",
            "panic_unwind",
        ] {
            cfg.insert_atom(Symbol::intern(atom));
        }
        for (k, v) in [
            ("target_os", "linux"),
            ("target_family", "unix"),
            ("target_arch", "x86_64"),
            ("target_pointer_width", "64"),
            ("target_endian", "little"),
            ("target_env", "gnu"),
            ("panic", "unwind"),
        ] {
            cfg.insert_key_value(Symbol::intern(k), Symbol::intern(v));
        }
        let cwd = Arc::new(AbsPathBuf::try_from("/").expect("absolute path"));

        let mut graph = CrateGraphBuilder::default();
        let add = |graph: &mut CrateGraphBuilder, file, name: &str, origin| {
            graph.add_crate_root(
                file,
                Edition::Edition2024,
                Some(CrateDisplayName::from_canonical_name(name)),
                None,
                cfg.clone(),
                None,
                Env::default(),
                origin,
                Vec::new(),
                false,
                cwd.clone(),
                ws.clone(),
            )
        };
        let mut lib_ids = Vec::new();
        for want in ["core", "alloc", "std"] {
            if let Some((_, file)) = roots.iter().find(|(n, _)| n == want) {
                let origin = CrateOrigin::Lang(LangCrateOrigin::from(want));
                lib_ids.push((want, add(&mut graph, *file, want, origin)));
            }
        }
        let user = add(
            &mut graph,
            USER_FILE,
            "main",
            CrateOrigin::Local {
                repo: None,
                name: None,
            },
        );
        let dep = |name: &str, id| {
            DependencyBuilder::with_prelude(
                CrateName::new(name).expect("valid crate name"),
                id,
                true,
                true,
            )
        };
        // core ← alloc ← std ← user (each crate sees every earlier one).
        for (i, &(_, from)) in lib_ids.iter().enumerate() {
            for &(name, to) in &lib_ids[..i] {
                graph
                    .add_dep(from, dep(name, to))
                    .expect("acyclic library graph");
            }
        }
        for &(name, to) in &lib_ids {
            graph.add_dep(user, dep(name, to)).expect("acyclic graph");
        }
        change.set_crate_graph(graph);
        let ids = change.apply(&mut db).expect("crate graph was set");
        let user_crate = ids[&user];
        let library_crates = lib_ids.iter().map(|(_, id)| ids[id]).collect();
        Analysis {
            db,
            user_crate,
            library_crates,
            sources,
            ra_to_bs,
        }
    }

    /// Our file id for a rust-analyzer file.
    pub fn file(&self, ra: RaFileId) -> FileId {
        self.ra_to_bs
            .get(ra.index() as usize)
            .copied()
            .unwrap_or(FileId(u32::MAX))
    }

    /// A span for a range in a (possibly macro-expanded) file. Tokens that come from a macro's
    /// arguments map to where they were written; tokens from a macro's definition map to the outermost
    /// macro call site (as rustc reports them).
    pub fn span(&self, range: InFile<TextRange>) -> Span {
        let db = &self.db;
        if let HirFileId::MacroFile(mac) = range.file_id {
            let loc = mac.loc(db);
            let call = loc.kind.original_call_range(db, loc.krate);
            let call_file = call.file_id.file_id(db);
            // A node that starts with a token written by the macro's author (not passed in by the
            // caller) belongs to the expansion: rustc reports it at the outermost call site.
            let first = mac.expansion_span_map(db).span_at(range.value.start());
            if !first.ctx.is_root() {
                return self.span_of(call_file, call.range);
            }
            let rooted = range.original_node_file_range_rooted(db);
            let file = rooted.file_id.file_id(db);
            if file != call_file {
                return self.span_of(call_file, call.range);
            }
            return self.span_of(file, rooted.range);
        }
        let rooted = range.original_node_file_range_rooted(db);
        self.span_of(rooted.file_id.file_id(db), rooted.range)
    }

    fn span_of(&self, file: RaFileId, range: TextRange) -> Span {
        Span {
            file: self.file(file),
            lo: range.start().into(),
            hi: range.end().into(),
        }
    }

    /// A span for a range of a real file (no macro mapping).
    pub fn file_span(&self, file: RaFileId, range: TextRange) -> Span {
        self.span_of(file, range)
    }
}
