//! Byte-level memory: allocations with deterministic absolute addresses, init masks and provenance.
//!
//! Every allocation gets a fresh, aligned, never-reused address range (a bump allocator over a 64-bit
//! address space), so pointer→integer casts yield real numbers and dangling pointers stay
//! distinguishable. Allocations are indexed densely by [`AllocId`]; freed ones leave a `None` behind so
//! that an access through a stale pointer is reported as use-after-free with the allocation's name.
//!
//! The checks and their messages follow Miri (rustc's `const_eval` messages): dangling, out-of-bounds,
//! misaligned, read-only, uninitialised.

pub mod alloc;

use std::collections::BTreeMap;
use std::fmt;

use bs_ir::{InstanceId, Span, VtableId};

pub use alloc::{Allocation, Bytes, InitMask, PTR_SIZE};

use crate::aliasing::{AccessKind, AliasModel};
use crate::error::{InterpResult, Stop, bytes_str, ub};

/// An allocation's identity. Displayed like Miri's `alloc123`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct AllocId(pub u64);

impl fmt::Display for AllocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "alloc{}", self.0)
    }
}

/// A borrow tag of an aliasing model (a global counter; each allocation has a root tag).
pub type BorTag = u64;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Provenance {
    Concrete {
        alloc: AllocId,
        tag: BorTag,
    },
    /// From an integer→pointer cast: resolved by address among exposed allocations at access time.
    Wildcard,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Pointer {
    pub addr: u64,
    pub prov: Option<Provenance>,
}

impl Pointer {
    pub const fn null() -> Pointer {
        Pointer {
            addr: 0,
            prov: None,
        }
    }
    pub const fn from_addr(addr: u64) -> Pointer {
        Pointer { addr, prov: None }
    }
    #[inline]
    pub fn wrapping_offset(self, bytes: i64) -> Pointer {
        Pointer {
            addr: self.addr.wrapping_add(bytes as u64),
            prov: self.prov,
        }
    }
    #[inline]
    pub fn offset_u(self, bytes: u64) -> Pointer {
        Pointer {
            addr: self.addr.wrapping_add(bytes),
            prov: self.prov,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AllocKind {
    Stack,
    Heap,
    /// A static item or a constant's memory (mutability is a separate flag).
    Static,
    Vtable(VtableId),
    /// A function; `closure_shim` marks a non-capturing closure reified to a fn pointer (its body takes
    /// `(closure, (args…))`, the caller passes `args…`).
    Function {
        instance: InstanceId,
        closure_shim: bool,
    },
}

impl AllocKind {
    /// Miri's name of the memory kind (for deallocation errors and leak reports).
    pub fn describe(self) -> &'static str {
        match self {
            AllocKind::Stack => "stack variable",
            AllocKind::Heap => "Rust heap",
            AllocKind::Static => "global (static or const)",
            AllocKind::Vtable(_) => "vtable",
            AllocKind::Function { .. } => "function",
        }
    }
}

/// Which operation checks a pointer (selects the message prefix, as in rustc's `CheckInAllocMsg`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CheckMsg {
    MemoryAccess,
    InboundsArith,
    Dereferenceable,
}

impl CheckMsg {
    fn prefix(self) -> &'static str {
        match self {
            CheckMsg::MemoryAccess => "memory access failed",
            CheckMsg::InboundsArith => "in-bounds pointer arithmetic failed",
            CheckMsg::Dereferenceable => "pointer not dereferenceable",
        }
    }
    fn attempting(self, size: i64) -> String {
        match self {
            CheckMsg::MemoryAccess => format!("attempting to access {}", bytes_str(size as u64)),
            CheckMsg::InboundsArith => {
                if size < 0 {
                    format!(
                        "attempting to offset pointer by -{}",
                        bytes_str(size.unsigned_abs())
                    )
                } else {
                    format!("attempting to offset pointer by {}", bytes_str(size as u64))
                }
            }
            CheckMsg::Dereferenceable => match size {
                0 => "pointer must point to some allocation".to_string(),
                n => format!(
                    "pointer must be dereferenceable for {}",
                    bytes_str(n as u64)
                ),
            },
        }
    }
}

/// Where a checked access landed.
#[derive(Copy, Clone, Debug)]
pub struct Located {
    pub alloc: AllocId,
    pub offset: u64,
}

pub struct Memory {
    allocs: Vec<Option<Box<Allocation>>>,
    next_addr: u64,
    next_tag: BorTag,
    /// Live exposed allocations by base address (for wildcard pointers).
    exposed: BTreeMap<u64, AllocId>,
    pub live_bytes: u64,
    pub limit: Option<u64>,
    /// Strict provenance: int→ptr casts have no provenance, exposing does nothing.
    pub strict: bool,
    pub model: Option<Box<dyn AliasModel>>,
    /// Freed allocation boxes kept for reuse (boxed: they move into `allocs` as they are).
    #[allow(clippy::vec_box)]
    pool: Vec<Box<Allocation>>,
}

const FIRST_ADDR: u64 = 0x1_0000;

impl Memory {
    pub fn new(limit: Option<u64>, strict: bool, model: Option<Box<dyn AliasModel>>) -> Memory {
        Memory {
            allocs: Vec::new(),
            next_addr: FIRST_ADDR,
            next_tag: 1,
            exposed: BTreeMap::new(),
            live_bytes: 0,
            limit,
            strict,
            model,
            pool: Vec::new(),
        }
    }

    pub fn fresh_tag(&mut self) -> BorTag {
        let t = self.next_tag;
        self.next_tag += 1;
        t
    }

    #[inline]
    pub fn get(&self, id: AllocId) -> Option<&Allocation> {
        self.allocs
            .get((id.0 as usize).wrapping_sub(1))
            .and_then(|a| a.as_deref())
    }

    #[inline]
    pub fn get_mut(&mut self, id: AllocId) -> Option<&mut Allocation> {
        self.allocs
            .get_mut((id.0 as usize).wrapping_sub(1))
            .and_then(|a| a.as_deref_mut())
    }

    /// Whether the id names an allocation that existed and was freed.
    pub fn is_dead(&self, id: AllocId) -> bool {
        id.0 >= 1 && (id.0 as usize) <= self.allocs.len() && self.get(id).is_none()
    }

    pub fn allocate(
        &mut self,
        size: u64,
        align: u64,
        kind: AllocKind,
        span: Span,
    ) -> InterpResult<Pointer> {
        let align = align.max(1);
        if let Some(limit) = self.limit
            && self.live_bytes.saturating_add(size) > limit
        {
            return Err(Box::new(Stop::Resource(format!(
                "memory limit exceeded: allocating {} would exceed the limit of {limit} bytes",
                bytes_str(size)
            ))));
        }
        if size > isize::MAX as u64 / 2 {
            return Err(Box::new(Stop::Resource(format!(
                "allocation of {} is too large",
                bytes_str(size)
            ))));
        }
        let base = self.next_addr.div_ceil(align).checked_mul(align);
        // Leave a gap so that one-past-the-end pointers never equal the next allocation's base.
        let next = base.and_then(|b| b.checked_add(size.max(1) + 8));
        let (Some(base), Some(next)) = (base, next) else {
            return Err(Box::new(Stop::Resource(
                "there are no more free addresses in the address space".into(),
            )));
        };
        self.next_addr = next;
        let id = AllocId(self.allocs.len() as u64 + 1);
        let tag = self.fresh_tag();
        let mutable = !matches!(kind, AllocKind::Vtable(_) | AllocKind::Function { .. });
        // Reuse the boxes (and small buffers) of freed allocations: frames allocate their locals on
        // every call.
        let mut a = self.pool.pop().unwrap_or_else(|| {
            Box::new(Allocation {
                base: 0,
                size: 0,
                align: 1,
                kind,
                mutable,
                bytes: Vec::new(),
                init: InitMask::default(),
                prov: Vec::new(),
                root_tag: 0,
                span,
                exposed: false,
            })
        });
        a.base = base;
        a.size = size;
        a.align = align;
        a.kind = kind;
        a.mutable = mutable;
        a.bytes.clear();
        a.bytes.resize(size as usize, 0);
        a.init.reset(size);
        a.prov.clear();
        a.root_tag = tag;
        a.span = span;
        a.exposed = false;
        self.allocs.push(Some(a));
        self.live_bytes += size;
        if let Some(m) = &mut self.model {
            m.new_allocation(id, size, kind, tag);
        }
        Ok(Pointer {
            addr: base,
            prov: Some(Provenance::Concrete { alloc: id, tag }),
        })
    }

    /// Frees an allocation without checks (stack locals, internal temporaries).
    pub fn free(&mut self, id: AllocId) {
        if let Some(slot) = self.allocs.get_mut((id.0 as usize).wrapping_sub(1))
            && let Some(a) = slot.take()
        {
            self.live_bytes -= a.size;
            if a.exposed {
                self.exposed.remove(&a.base);
            }
            if let Some(m) = &mut self.model {
                m.deallocation(id);
            }
            if self.pool.len() < 4096 && a.bytes.capacity() <= 4096 {
                self.pool.push(a);
            }
        }
    }

    /// Heap deallocation with Miri's checks (`__bs_dealloc`, `__bs_realloc`).
    pub fn deallocate(
        &mut self,
        ptr: Pointer,
        size: u64,
        align: u64,
        expected: AllocKind,
    ) -> InterpResult<()> {
        let id = match ptr.prov {
            Some(Provenance::Concrete { alloc, .. }) => alloc,
            Some(Provenance::Wildcard) => match self.find_exposed(ptr.addr, 0) {
                Some(id) => id,
                None => {
                    return ub(format!(
                        "deallocating {}, which is a dangling pointer (it has no provenance)",
                        self.fmt_ptr(ptr)
                    ));
                }
            },
            None => {
                return ub(format!(
                    "deallocating {}, which is a dangling pointer (it has no provenance)",
                    self.fmt_ptr(ptr)
                ));
            }
        };
        let Some(a) = self.get(id) else {
            return ub(format!(
                "memory access failed: {id} has been freed, so this pointer is dangling"
            ));
        };
        if ptr.addr != a.base {
            return ub(format!(
                "deallocating {}, which does not point to the beginning of an object",
                self.fmt_ptr(ptr)
            ));
        }
        if a.kind != expected {
            return ub(format!(
                "deallocating {id}, which is {} memory, using {} deallocation operation",
                a.kind.describe(),
                expected.describe()
            ));
        }
        if a.size != size || a.align != align {
            return ub(format!(
                "incorrect layout on deallocation: {id} has size {} and alignment {}, but gave size {size} and alignment {align}",
                a.size, a.align
            ));
        }
        self.free(id);
        Ok(())
    }

    /// The live exposed allocation containing `addr..addr+size` (one-past-the-end allowed for size 0).
    pub fn find_exposed(&self, addr: u64, size: u64) -> Option<AllocId> {
        let (_, id) = self.exposed.range(..=addr).next_back()?;
        let a = self.get(*id)?;
        (addr + size <= a.base + a.size).then_some(*id)
    }

    pub fn expose(&mut self, ptr: Pointer) {
        if self.strict {
            return;
        }
        if let Some(Provenance::Concrete { alloc, tag }) = ptr.prov
            && let Some(a) = self.get_mut(alloc)
        {
            if !a.exposed {
                a.exposed = true;
                let base = a.base;
                self.exposed.insert(base, alloc);
            }
            if let Some(m) = &mut self.model {
                m.expose(alloc, tag);
            }
        }
    }

    /// Miri-style display of a pointer: `alloc12+0x4`, `alloc12`, `0x10[noalloc]`, `null pointer`.
    pub fn fmt_ptr(&self, ptr: Pointer) -> String {
        match ptr.prov {
            Some(Provenance::Concrete { alloc, .. }) => {
                let base = self.get(alloc).map(|a| a.base);
                match base {
                    Some(b) if ptr.addr == b => format!("{alloc}"),
                    Some(b) if ptr.addr > b => format!("{alloc}+0x{:x}", ptr.addr - b),
                    Some(b) => format!("{alloc}-0x{:x}", b - ptr.addr),
                    None => format!("{alloc}"),
                }
            }
            Some(Provenance::Wildcard) => format!("0x{:x}[wildcard]", ptr.addr),
            None if ptr.addr == 0 => "null pointer".to_string(),
            None => format!("0x{:x}[noalloc]", ptr.addr),
        }
    }

    fn no_prov_error<T>(&self, ptr: Pointer, size: i64, msg: CheckMsg) -> InterpResult<T> {
        if ptr.addr == 0 {
            ub(format!(
                "{}: {}, but got null pointer",
                msg.prefix(),
                msg.attempting(size)
            ))
        } else {
            ub(format!(
                "{}: {}, but got 0x{:x}[noalloc] which is a dangling pointer (it has no provenance)",
                msg.prefix(),
                msg.attempting(size),
                ptr.addr
            ))
        }
    }

    /// Resolves the allocation a pointer may access (`None` for pointers without usable provenance).
    fn resolve(&self, ptr: Pointer, size: u64) -> Option<AllocId> {
        match ptr.prov? {
            Provenance::Concrete { alloc, .. } => Some(alloc),
            Provenance::Wildcard => self.find_exposed(ptr.addr, size),
        }
    }

    /// Checks that `size` bytes at `ptr` are inside one live allocation (Miri's `check_ptr_access`).
    /// Zero-sized accesses always succeed. Returns where the access lands.
    pub fn check_ptr(
        &self,
        ptr: Pointer,
        size: u64,
        msg: CheckMsg,
    ) -> InterpResult<Option<Located>> {
        if size == 0 {
            return Ok(None);
        }
        let Some(id) = self.resolve(ptr, size) else {
            return self.no_prov_error(ptr, size as i64, msg);
        };
        let Some(a) = self.get(id) else {
            return ub(format!(
                "{}: {id} has been freed, so this pointer is dangling",
                msg.prefix()
            ));
        };
        if ptr.addr < a.base {
            return ub(format!(
                "{}: {}, but got {} which points to before the beginning of the allocation",
                msg.prefix(),
                msg.attempting(size as i64),
                self.fmt_ptr(ptr)
            ));
        }
        let offset = ptr.addr - a.base;
        if offset.checked_add(size).is_none_or(|e| e > a.size) {
            let remaining = a.size.saturating_sub(offset);
            let which = match remaining {
                0 => format!(
                    "is at or beyond the end of the allocation of size {}",
                    bytes_str(a.size)
                ),
                1 => "is only 1 byte from the end of the allocation".to_string(),
                n => format!("is only {n} bytes from the end of the allocation"),
            };
            return ub(format!(
                "{}: {}, but got {} which {which}",
                msg.prefix(),
                msg.attempting(size as i64),
                self.fmt_ptr(ptr)
            ));
        }
        Ok(Some(Located { alloc: id, offset }))
    }

    /// Misalignment check (Miri's message), done after the bounds check.
    #[inline]
    pub fn check_align(&self, ptr: Pointer, align: u64) -> InterpResult<()> {
        if align > 1 && !ptr.addr.is_multiple_of(align) {
            let has = 1u64 << ptr.addr.trailing_zeros().min(63);
            return ub(format!(
                "accessing memory with alignment {has}, but alignment {align} is required"
            ));
        }
        Ok(())
    }

    /// Pointer arithmetic check of `ptr.offset(bytes)` (rustc's `inbounds` rule).
    pub fn check_inbounds_offset(&self, ptr: Pointer, bytes: i64) -> InterpResult<()> {
        if bytes == 0 {
            return Ok(());
        }
        let Some(id) = self.resolve(ptr, 0) else {
            return self.no_prov_error(ptr, bytes, CheckMsg::InboundsArith);
        };
        let Some(a) = self.get(id) else {
            return ub(format!(
                "in-bounds pointer arithmetic failed: {id} has been freed, so this pointer is dangling"
            ));
        };
        let off = ptr.addr as i128 - a.base as i128;
        let new = off + bytes as i128;
        if off < 0 || off > a.size as i128 || new < 0 || new > a.size as i128 {
            let p = self.fmt_ptr(ptr);
            let attempting = CheckMsg::InboundsArith.attempting(bytes);
            let which = if bytes >= 0 {
                match a.size as i128 - off {
                    n if n <= 0 => format!(
                        "is at or beyond the end of the allocation of size {}",
                        bytes_str(a.size)
                    ),
                    1 => "is only 1 byte from the end of the allocation".to_string(),
                    n => format!("is only {n} bytes from the end of the allocation"),
                }
            } else {
                match off {
                    n if n <= 0 => "is at the beginning of the allocation".to_string(),
                    1 => "is only 1 byte from the beginning of the allocation".to_string(),
                    n => format!("is only {n} bytes from the beginning of the allocation"),
                }
            };
            return ub(format!(
                "in-bounds pointer arithmetic failed: {attempting}, but got {p} which {which}"
            ));
        }
        Ok(())
    }

    fn located_for_access(
        &mut self,
        ptr: Pointer,
        size: u64,
        align: u64,
        kind: AccessKind,
    ) -> InterpResult<Option<Located>> {
        let loc = self.check_ptr(ptr, size, CheckMsg::MemoryAccess)?;
        self.check_align(ptr, align)?;
        let Some(loc) = loc else { return Ok(None) };
        if kind == AccessKind::Write {
            let a = self
                .get(loc.alloc)
                .ok_or_else(|| Box::new(Stop::Unsupported("stale allocation".into())))?;
            if !a.mutable {
                return ub(format!("writing to {} which is read-only", loc.alloc));
            }
        }
        if let Some(m) = &mut self.model {
            let tag = match ptr.prov {
                Some(Provenance::Concrete { tag, .. }) => Some(tag),
                _ => None,
            };
            m.access(loc.alloc, tag, loc.offset, size, kind)?;
        }
        Ok(Some(loc))
    }

    fn alloc_of(&mut self, loc: Located) -> InterpResult<&mut Allocation> {
        self.get_mut(loc.alloc)
            .ok_or_else(|| Box::new(Stop::Unsupported("stale allocation".into())))
    }

    /// Reads `size` (≤ 16) bytes as a little-endian scalar. `Ok(None)` when some byte is uninitialised.
    /// A pointer-sized read keeps the provenance stored at exactly that offset; other reads strip it.
    pub fn read_scalar(
        &mut self,
        ptr: Pointer,
        size: u64,
        align: u64,
    ) -> InterpResult<Option<(u128, Option<Provenance>)>> {
        let Some(loc) = self.located_for_access(ptr, size, align, AccessKind::Read)? else {
            return Ok(Some((0, None)));
        };
        let a = self.alloc_of(loc)?;
        let o = loc.offset;
        if a.init.first_uninit(o, size).is_some() {
            return Ok(None);
        }
        let mut buf = [0u8; 16];
        let n = size.min(16) as usize;
        buf[..n].copy_from_slice(&a.bytes[o as usize..o as usize + n]);
        let bits = u128::from_le_bytes(buf);
        let prov = if size == PTR_SIZE { a.prov_at(o) } else { None };
        Ok(Some((bits, prov)))
    }

    pub fn write_scalar(
        &mut self,
        ptr: Pointer,
        size: u64,
        align: u64,
        bits: u128,
        prov: Option<Provenance>,
    ) -> InterpResult<()> {
        let Some(loc) = self.located_for_access(ptr, size, align, AccessKind::Write)? else {
            return Ok(());
        };
        let a = self.alloc_of(loc)?;
        let o = loc.offset as usize;
        let n = size.min(16) as usize;
        a.bytes[o..o + n].copy_from_slice(&bits.to_le_bytes()[..n]);
        a.init.set_range(loc.offset, size, true);
        a.clear_prov(loc.offset, size);
        if let Some(p) = prov
            && size == PTR_SIZE
        {
            a.insert_prov(loc.offset, p);
        }
        Ok(())
    }

    /// Copies `size` bytes out of memory, with their init state and provenance.
    pub fn read_bytes(&mut self, ptr: Pointer, size: u64, align: u64) -> InterpResult<Bytes> {
        let Some(loc) = self.located_for_access(ptr, size, align, AccessKind::Read)? else {
            return Ok(Bytes::default());
        };
        let a = self.alloc_of(loc)?;
        let o = loc.offset;
        let mut init = InitMask::new(size, true);
        if a.init.first_uninit(o, size).is_some() {
            for i in 0..size {
                if !a.init.get(o + i) {
                    init.set_range(i, 1, false);
                }
            }
        }
        Ok(Bytes {
            data: a.bytes[o as usize..(o + size) as usize].to_vec(),
            init,
            prov: a.prov_in(o, size),
        })
    }

    pub fn write_bytes(&mut self, ptr: Pointer, align: u64, b: &Bytes) -> InterpResult<()> {
        let size = b.len();
        let Some(loc) = self.located_for_access(ptr, size, align, AccessKind::Write)? else {
            return Ok(());
        };
        let a = self.alloc_of(loc)?;
        let o = loc.offset;
        a.bytes[o as usize..(o + size) as usize].copy_from_slice(&b.data);
        if b.init.first_uninit(0, size).is_none() {
            a.init.set_range(o, size, true);
        } else {
            for i in 0..size {
                a.init.set_range(o + i, 1, b.init.get(i));
            }
        }
        a.clear_prov(o, size);
        for (po, p) in &b.prov {
            a.insert_prov(o + po, *p);
        }
        Ok(())
    }

    /// Fills `size` bytes with `byte` (`write_bytes` intrinsic).
    pub fn fill(&mut self, ptr: Pointer, size: u64, align: u64, byte: u8) -> InterpResult<()> {
        let Some(loc) = self.located_for_access(ptr, size, align, AccessKind::Write)? else {
            return Ok(());
        };
        let a = self.alloc_of(loc)?;
        let o = loc.offset as usize;
        a.bytes[o..o + size as usize].fill(byte);
        a.init.set_range(loc.offset, size, true);
        a.clear_prov(loc.offset, size);
        Ok(())
    }

    /// Marks bytes uninitialised (`Deinit`, `StorageLive` of a reused local).
    pub fn deinit(&mut self, ptr: Pointer, size: u64) -> InterpResult<()> {
        let Some(loc) = self.located_for_access(ptr, size, 1, AccessKind::Write)? else {
            return Ok(());
        };
        let a = self.alloc_of(loc)?;
        a.init.set_range(loc.offset, size, false);
        a.clear_prov(loc.offset, size);
        Ok(())
    }

    /// Copies bytes (with init state and provenance); overlapping ranges are allowed unless
    /// `nonoverlapping`, for which overlap is UB ("`copy_nonoverlapping` called on overlapping ranges").
    pub fn copy(
        &mut self,
        src: Pointer,
        dst: Pointer,
        size: u64,
        align: u64,
        nonoverlapping: bool,
    ) -> InterpResult<()> {
        let b = self.read_bytes(src, size, align)?;
        if nonoverlapping && size > 0 {
            let s = self.resolve(src, size);
            let d = self.resolve(dst, size);
            if s == d
                && src.addr < dst.addr.saturating_add(size)
                && dst.addr < src.addr.saturating_add(size)
            {
                return ub("`copy_nonoverlapping` called on overlapping ranges");
            }
        }
        self.write_bytes(dst, align, &b)
    }

    /// Initialised bytes for output (`__bs_write`) and panic messages.
    pub fn read_init_bytes(&mut self, ptr: Pointer, len: u64) -> InterpResult<Vec<u8>> {
        let b = self.read_bytes(ptr, len, 1)?;
        if b.init.first_uninit(0, len).is_some() {
            return ub("using uninitialized data, but this operation requires initialized memory");
        }
        Ok(b.data)
    }

    /// The allocation (live) a pointer points into, with the offset, without access checks.
    pub fn alloc_of_ptr(&self, ptr: Pointer) -> Option<(AllocId, &Allocation)> {
        let id = self.resolve(ptr, 0)?;
        Some((id, self.get(id)?))
    }

    /// Iterates over all live allocations.
    pub fn live(&self) -> impl Iterator<Item = (AllocId, &Allocation)> {
        self.allocs
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.as_deref().map(|a| (AllocId(i as u64 + 1), a)))
    }
}

#[cfg(test)]
mod tests;
