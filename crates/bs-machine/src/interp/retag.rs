//! `Retag` statements: find every reference and `Box` in the value at a place (outside of pointer
//! indirection) and hand each to the aliasing model, which may give it a new tag. With the none model
//! retags only check that each reference is valid (non-null, aligned, dereferenceable).

use bs_ir::{RetagKind, TyKind, Variants};

use super::Machine;
use super::place::{Meta, PlaceVal, field_offset, field_tys};
use crate::aliasing::RetagInfo;
use crate::error::InterpResult;
use crate::memory::{PTR_SIZE, Provenance};

impl Machine<'_> {
    pub fn retag_place(&mut self, kind: RetagKind, p: &PlaceVal) -> InterpResult<()> {
        if kind == RetagKind::Raw && self.mem.model.is_none() {
            return Ok(());
        }
        self.retag_walk(kind, p, 0)
    }

    fn retag_walk(&mut self, kind: RetagKind, p: &PlaceVal, depth: u32) -> InterpResult<()> {
        if depth > 32 {
            return Ok(());
        }
        let d = self.ty(p.ty)?;
        let flags = d.flags;
        let is_ref = matches!(d.kind, TyKind::Ref(..)) || flags.is_box;
        let is_raw = matches!(d.kind, TyKind::RawPtr(..));
        if is_ref || (is_raw && kind == RetagKind::Raw) {
            if is_ref {
                self.validate_place(p, &mut String::new())?;
            }
            if self.mem.model.is_some() {
                self.retag_pointer(kind, p)?;
            }
            return Ok(());
        }
        if !flags.has_retag_fields || flags.is_union || flags.is_maybe_dangling {
            return Ok(());
        }
        match &d.kind {
            TyKind::Array(e, n) => {
                let (e, n) = (*e, *n);
                if !self.flags(e).has_retag_fields && !self.is_ref(e) {
                    return Ok(());
                }
                let stride = self.ty(e)?.layout.size;
                for i in 0..n {
                    let ep = PlaceVal {
                        ptr: p.ptr.offset_u(i * stride),
                        meta: Meta::None,
                        ty: e,
                        variant: None,
                        align: p.align,
                    };
                    self.retag_walk(kind, &ep, depth + 1)?;
                }
                Ok(())
            }
            TyKind::Tuple(_) | TyKind::Closure(..) | TyKind::Adt(..) => {
                let variant = match d.layout.variants {
                    Variants::Multiple { .. } => Some(self.read_discriminant(p)?),
                    Variants::Single { .. } => None,
                };
                let tys = field_tys(self.ty(p.ty)?, variant);
                for (i, t) in tys.iter().enumerate() {
                    if !self.flags(*t).has_retag_fields && !self.is_ref(*t) {
                        continue;
                    }
                    let Some(o) = field_offset(&self.ty(p.ty)?.layout, variant, i as u32) else {
                        continue;
                    };
                    if !self.ty(*t)?.layout.sized {
                        continue;
                    }
                    let fp = PlaceVal {
                        ptr: p.ptr.offset_u(o),
                        meta: Meta::None,
                        ty: *t,
                        variant: None,
                        align: p.align.min(self.ty(p.ty)?.layout.align.max(1)),
                    };
                    self.retag_walk(kind, &fp, depth + 1)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Hands one reference/Box/raw pointer stored at `p` to the aliasing model.
    fn retag_pointer(&mut self, kind: RetagKind, p: &PlaceVal) -> InterpResult<()> {
        let Some(pointee) = self.program.tys.pointee(p.ty) else {
            return Ok(());
        };
        let (ptr, meta) = self.read_ptr_at(p.ptr, pointee)?;
        let (size, _) = self.size_align_of(pointee, meta)?;
        let Some(Provenance::Concrete { alloc, tag }) = ptr.prov else {
            return Ok(());
        };
        let Some(base) = self.mem.get(alloc).map(|a| a.base) else {
            return Ok(());
        };
        let new_tag = self.mem.fresh_tag();
        let info = RetagInfo {
            kind,
            ptr_ty: p.ty,
            pointee,
            alloc,
            tag,
            offset: ptr.addr.wrapping_sub(base),
            size,
            new_tag,
            frame: self.stack.len().saturating_sub(1),
        };
        let new = match &mut self.mem.model {
            Some(m) => m.retag(&info)?,
            None => None,
        };
        if let Some(prov) = new {
            self.mem
                .write_scalar(p.ptr, PTR_SIZE, PTR_SIZE, ptr.addr as u128, Some(prov))?;
        }
        Ok(())
    }
}
