//! Unit tests of the memory: addresses, bounds, use-after-free, init tracking, provenance, alignment,
//! deallocation checks, and the aliasing-model hooks.

use std::cell::RefCell;
use std::rc::Rc;

use bs_ir::Span;

use super::*;
use crate::aliasing::{AccessKind, AliasModel, RetagInfo};
use crate::error::Stop;

fn mem() -> Memory {
    Memory::new(None, false, None)
}

fn ub_msg<T: std::fmt::Debug>(r: InterpResult<T>) -> String {
    match *r.expect_err("expected UB") {
        Stop::Ub(m) => m,
        other => panic!("expected UB, got {other:?}"),
    }
}

fn id(p: Pointer) -> AllocId {
    match p.prov {
        Some(Provenance::Concrete { alloc, .. }) => alloc,
        _ => panic!("no provenance"),
    }
}

#[test]
fn addresses_are_aligned_distinct_and_deterministic() {
    let mut m = mem();
    let a = m.allocate(3, 1, AllocKind::Heap, Span::DUMMY).unwrap();
    let b = m.allocate(8, 16, AllocKind::Heap, Span::DUMMY).unwrap();
    assert_eq!(b.addr % 16, 0);
    assert!(b.addr >= a.addr + 3);
    let mut m2 = mem();
    assert_eq!(
        m2.allocate(3, 1, AllocKind::Heap, Span::DUMMY)
            .unwrap()
            .addr,
        a.addr
    );
}

#[test]
fn scalar_roundtrip_and_uninit() {
    let mut m = mem();
    let p = m.allocate(8, 8, AllocKind::Stack, Span::DUMMY).unwrap();
    assert_eq!(m.read_scalar(p, 4, 4).unwrap(), None);
    m.write_scalar(p, 4, 4, 0xdead_beef, None).unwrap();
    assert_eq!(m.read_scalar(p, 4, 4).unwrap(), Some((0xdead_beef, None)));
    assert_eq!(
        m.read_scalar(p.offset_u(1), 1, 1).unwrap(),
        Some((0xbe, None))
    );
    // Half initialised: the 8-byte read sees uninit bytes.
    assert_eq!(m.read_scalar(p, 8, 8).unwrap(), None);
}

#[test]
fn out_of_bounds_and_use_after_free() {
    let mut m = mem();
    let p = m.allocate(4, 4, AllocKind::Heap, Span::DUMMY).unwrap();
    let a = id(p);
    let msg = ub_msg(m.read_scalar(p.offset_u(4), 4, 4));
    assert_eq!(
        msg,
        format!(
            "memory access failed: attempting to access 4 bytes, but got {a}+0x4 which is at or beyond the end of the allocation of size 4 bytes"
        )
    );
    let msg = ub_msg(m.read_scalar(p.offset_u(2), 4, 1));
    assert!(
        msg.ends_with("which is only 2 bytes from the end of the allocation"),
        "{msg}"
    );
    m.deallocate(p, 4, 4, AllocKind::Heap).unwrap();
    assert_eq!(
        ub_msg(m.read_scalar(p, 4, 4)),
        format!("memory access failed: {a} has been freed, so this pointer is dangling")
    );
    assert!(m.is_dead(a));
}

#[test]
fn null_and_no_provenance() {
    let mut m = mem();
    assert_eq!(
        ub_msg(m.read_scalar(Pointer::null(), 4, 4)),
        "memory access failed: attempting to access 4 bytes, but got null pointer"
    );
    assert_eq!(
        ub_msg(m.read_scalar(Pointer::from_addr(0x40), 1, 1)),
        "memory access failed: attempting to access 1 byte, but got 0x40[noalloc] which is a dangling pointer (it has no provenance)"
    );
    // Zero-sized accesses are always fine.
    assert!(m.read_bytes(Pointer::from_addr(0x40), 0, 1).is_ok());
}

#[test]
fn misalignment() {
    let mut m = mem();
    let p = m.allocate(8, 8, AllocKind::Heap, Span::DUMMY).unwrap();
    assert_eq!(
        ub_msg(m.read_scalar(p.offset_u(2), 4, 4)),
        "accessing memory with alignment 2, but alignment 4 is required"
    );
}

#[test]
fn provenance_is_kept_by_copies_and_stripped_by_partial_overwrites() {
    let mut m = mem();
    let target = m.allocate(4, 4, AllocKind::Heap, Span::DUMMY).unwrap();
    let slot = m.allocate(16, 8, AllocKind::Heap, Span::DUMMY).unwrap();
    m.write_scalar(slot, 8, 8, target.addr as u128, target.prov)
        .unwrap();
    m.copy(slot, slot.offset_u(8), 8, 8, true).unwrap();
    assert_eq!(
        m.read_scalar(slot.offset_u(8), 8, 8).unwrap(),
        Some((target.addr as u128, target.prov))
    );
    m.write_scalar(slot.offset_u(9), 1, 1, 0, None).unwrap();
    assert_eq!(
        m.read_scalar(slot.offset_u(8), 8, 8).unwrap().unwrap().1,
        None
    );
}

#[test]
fn wildcard_pointers_resolve_to_exposed_allocations() {
    let mut m = mem();
    let p = m.allocate(4, 4, AllocKind::Heap, Span::DUMMY).unwrap();
    let w = Pointer {
        addr: p.addr,
        prov: Some(Provenance::Wildcard),
    };
    assert!(ub_msg(m.read_scalar(w, 4, 4)).contains("no provenance"));
    m.expose(p);
    m.write_scalar(w, 4, 4, 7, None).unwrap();
    assert_eq!(m.read_scalar(p, 4, 4).unwrap(), Some((7, None)));
    // Strict provenance: exposing does nothing.
    let mut s = Memory::new(None, true, None);
    let q = s.allocate(4, 4, AllocKind::Heap, Span::DUMMY).unwrap();
    s.expose(q);
    assert!(
        s.read_scalar(
            Pointer {
                addr: q.addr,
                prov: Some(Provenance::Wildcard)
            },
            4,
            4
        )
        .is_err()
    );
}

#[test]
fn deallocation_checks() {
    let mut m = mem();
    let p = m.allocate(4, 4, AllocKind::Heap, Span::DUMMY).unwrap();
    let a = id(p);
    assert_eq!(
        ub_msg(m.deallocate(p, 8, 4, AllocKind::Heap)),
        format!(
            "incorrect layout on deallocation: {a} has size 4 and alignment 4, but gave size 8 and alignment 4"
        )
    );
    assert!(
        ub_msg(m.deallocate(p.offset_u(1), 4, 4, AllocKind::Heap))
            .contains("does not point to the beginning")
    );
    m.deallocate(p, 4, 4, AllocKind::Heap).unwrap();
    assert!(
        ub_msg(m.deallocate(p, 4, 4, AllocKind::Heap))
            .ends_with("has been freed, so this pointer is dangling")
    );
    let s = m.allocate(4, 4, AllocKind::Stack, Span::DUMMY).unwrap();
    assert_eq!(
        ub_msg(m.deallocate(s, 4, 4, AllocKind::Heap)),
        format!(
            "deallocating {}, which is stack variable memory, using Rust heap deallocation operation",
            id(s)
        )
    );
}

#[test]
fn readonly_and_inbounds_offsets() {
    let mut m = mem();
    let p = m.allocate(4, 1, AllocKind::Static, Span::DUMMY).unwrap();
    m.get_mut(id(p)).unwrap().mutable = false;
    assert_eq!(
        ub_msg(m.write_scalar(p, 1, 1, 0, None)),
        format!("writing to {} which is read-only", id(p))
    );
    assert!(m.check_inbounds_offset(p, 4).is_ok());
    assert!(ub_msg(m.check_inbounds_offset(p, 5)).starts_with(
        "in-bounds pointer arithmetic failed: attempting to offset pointer by 5 bytes"
    ));
    assert!(
        ub_msg(m.check_inbounds_offset(p, -1))
            .ends_with("which is at the beginning of the allocation")
    );
}

#[test]
fn memory_limit() {
    let mut m = Memory::new(Some(100), false, None);
    assert!(m.allocate(60, 1, AllocKind::Heap, Span::DUMMY).is_ok());
    let e = m.allocate(60, 1, AllocKind::Heap, Span::DUMMY).unwrap_err();
    assert!(matches!(*e, Stop::Resource(_)));
}

#[derive(Default)]
struct Log(Rc<RefCell<Vec<String>>>);

impl AliasModel for Log {
    fn new_allocation(&mut self, alloc: AllocId, size: u64, _: AllocKind, _: BorTag) {
        self.0.borrow_mut().push(format!("new {alloc} {size}"));
    }
    fn retag(&mut self, _: &RetagInfo) -> InterpResult<Option<Provenance>> {
        Ok(None)
    }
    fn access(
        &mut self,
        alloc: AllocId,
        _: Option<BorTag>,
        offset: u64,
        size: u64,
        kind: AccessKind,
    ) -> InterpResult<()> {
        self.0
            .borrow_mut()
            .push(format!("{kind:?} {alloc}+{offset}..{size}"));
        Ok(())
    }
    fn deallocation(&mut self, alloc: AllocId) {
        self.0.borrow_mut().push(format!("free {alloc}"));
    }
    fn frame_exit(&mut self, _: usize) -> InterpResult<()> {
        Ok(())
    }
    fn expose(&mut self, alloc: AllocId, _: BorTag) {
        self.0.borrow_mut().push(format!("expose {alloc}"));
    }
}

#[test]
fn aliasing_hooks_see_every_access() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut m = Memory::new(None, false, Some(Box::new(Log(log.clone()))));
    let p = m.allocate(8, 8, AllocKind::Heap, Span::DUMMY).unwrap();
    m.write_scalar(p.offset_u(4), 4, 4, 1, None).unwrap();
    m.read_scalar(p.offset_u(4), 4, 4).unwrap();
    m.expose(p);
    m.deallocate(p, 8, 8, AllocKind::Heap).unwrap();
    assert_eq!(
        *log.borrow(),
        vec![
            "new alloc1 8",
            "Write alloc1+4..4",
            "Read alloc1+4..4",
            "expose alloc1",
            "free alloc1"
        ]
    );
}
