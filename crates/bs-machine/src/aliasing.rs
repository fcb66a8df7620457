//! The aliasing-model interface: the hooks Stacked Borrows and Tree Borrows need from the machine.
//!
//! The memory calls [`AliasModel::access`] on every checked read/write, `new_allocation` and
//! `deallocation` on the allocation's life cycle, and `expose` when a pointer's provenance is exposed.
//! The interpreter calls `retag` at every `Retag` statement and `frame_exit` when a frame returns (to
//! release protectors). With [`crate::AliasingModel::None`] no model is installed (`Memory::model` is
//! `None`) and none of these calls happen, so the none model costs nothing on the hot path.

use bs_ir::{RetagKind, TyId};

use crate::error::InterpResult;
use crate::memory::{AllocId, AllocKind, BorTag, Provenance};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AccessKind {
    Read,
    Write,
}

/// What a retag is about: the pointer being retagged, its pointee and the byte range it covers.
#[derive(Clone, Debug)]
pub struct RetagInfo {
    pub kind: RetagKind,
    /// The reference/Box type being retagged.
    pub ptr_ty: TyId,
    pub pointee: TyId,
    pub alloc: AllocId,
    pub tag: BorTag,
    pub offset: u64,
    pub size: u64,
    /// A fresh tag the model may give the new reference.
    pub new_tag: BorTag,
    /// The frame (by depth) for protectors of `FnEntry` retags.
    pub frame: usize,
}

pub trait AliasModel {
    fn new_allocation(&mut self, alloc: AllocId, size: u64, kind: AllocKind, root_tag: BorTag);
    /// Returns the provenance the retagged pointer gets (or `None` to keep the old one).
    fn retag(&mut self, info: &RetagInfo) -> InterpResult<Option<Provenance>>;
    /// `tag` is `None` for wildcard accesses.
    fn access(
        &mut self,
        alloc: AllocId,
        tag: Option<BorTag>,
        offset: u64,
        size: u64,
        kind: AccessKind,
    ) -> InterpResult<()>;
    fn deallocation(&mut self, alloc: AllocId);
    /// The frame at `depth` returns: its protectors end.
    fn frame_exit(&mut self, depth: usize) -> InterpResult<()>;
    fn expose(&mut self, alloc: AllocId, tag: BorTag);
}

/// Builds the model for a configuration (`None` for the none model).
pub fn make_model(model: crate::AliasingModel) -> Option<Box<dyn AliasModel>> {
    match model {
        crate::AliasingModel::None => None,
        // The models are separate issues; until then they behave like `None`.
        crate::AliasingModel::Stacked | crate::AliasingModel::Tree => None,
    }
}
