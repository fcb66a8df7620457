//! The rust-analyzer database: salsa storage plus the `SourceDatabase` inputs (files, source roots,
//! crates). Shaped like rust-analyzer's own test databases; we need nothing from `ide`.

use std::fmt;

use ra_ap_base_db::{
    CrateGraphBuilder, CratesMap, FileSourceRootInput, FileText, Nonce, SourceDatabase, SourceRoot,
    SourceRootId, SourceRootInput, set_all_crates_with_durability,
};
use salsa::Durability;
use triomphe::Arc;

#[salsa::db]
pub struct Db {
    storage: salsa::Storage<Self>,
    files: Arc<ra_ap_base_db::Files>,
    crates_map: Arc<CratesMap>,
    nonce: Nonce,
}

impl Default for Db {
    fn default() -> Self {
        let mut this = Db {
            storage: salsa::Storage::new(None),
            files: Default::default(),
            crates_map: Default::default(),
            nonce: Nonce::new(),
        };
        ra_ap_hir_def::set_expand_proc_attr_macros(&mut this, false);
        // `CrateGraphBuilder::set_in_db` reads the previous crate list, so it must exist.
        set_all_crates_with_durability(&mut this, std::iter::empty(), Durability::HIGH);
        _ = ra_ap_base_db::LibraryRoots::builder(Default::default())
            .durability(Durability::MEDIUM)
            .new(&this);
        _ = ra_ap_base_db::LocalRoots::builder(Default::default())
            .durability(Durability::MEDIUM)
            .new(&this);
        CrateGraphBuilder::default().set_in_db(&mut this);
        this
    }
}

impl Clone for Db {
    fn clone(&self) -> Self {
        Db {
            storage: self.storage.clone(),
            files: self.files.clone(),
            crates_map: self.crates_map.clone(),
            nonce: self.nonce,
        }
    }
}

impl fmt::Debug for Db {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Db").finish()
    }
}

#[salsa::db]
impl SourceDatabase for Db {
    fn file_text(&self, file_id: ra_ap_base_db::FileId) -> FileText {
        self.files.file_text(file_id)
    }

    fn set_file_text(&mut self, file_id: ra_ap_base_db::FileId, text: &str) {
        let files = Arc::clone(&self.files);
        files.set_file_text(self, file_id, text);
    }

    fn set_file_text_with_durability(
        &mut self,
        file_id: ra_ap_base_db::FileId,
        text: &str,
        durability: Durability,
    ) {
        let files = Arc::clone(&self.files);
        files.set_file_text_with_durability(self, file_id, text, durability);
    }

    fn source_root(&self, source_root_id: SourceRootId) -> SourceRootInput {
        self.files.source_root(source_root_id)
    }

    fn set_source_root_with_durability(
        &mut self,
        source_root_id: SourceRootId,
        source_root: Arc<SourceRoot>,
        durability: Durability,
    ) {
        let files = Arc::clone(&self.files);
        files.set_source_root_with_durability(self, source_root_id, source_root, durability);
    }

    fn file_source_root(&self, id: ra_ap_base_db::FileId) -> FileSourceRootInput {
        self.files.file_source_root(self, id)
    }

    fn set_file_source_root_with_durability(
        &mut self,
        id: ra_ap_base_db::FileId,
        source_root_id: SourceRootId,
        durability: Durability,
    ) {
        let files = Arc::clone(&self.files);
        files.set_file_source_root_with_durability(self, id, source_root_id, durability);
    }

    fn crates_map(&self) -> Arc<CratesMap> {
        self.crates_map.clone()
    }

    fn nonce_and_revision(&self) -> (Nonce, salsa::Revision) {
        (
            self.nonce,
            salsa::plumbing::ZalsaDatabase::zalsa(self).current_revision(),
        )
    }

    fn line_column(
        &self,
        _file: ra_ap_span::FileId,
        _offset: ra_ap_syntax::TextSize,
    ) -> Result<(u32, u32), ()> {
        Err(())
    }
}

#[salsa::db]
impl salsa::Database for Db {}
