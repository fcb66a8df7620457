//! One test per UB message: the diagnostic's kind, exact title, primary span and backtrace.

use bs_ir::*;

use super::builder::*;
use super::programs::exit;

fn run_main(mut tb: Tb, b: Bb) -> crate::RunResult {
    let m = tb.declare("main", None);
    tb.define(m, b.finish());
    tb.p.entry = Some(m);
    tb.run().0
}

/// Runs and checks that UB `title` was reported at `line(7)`.
fn expect_ub(tb: Tb, b: Bb, title: &str) {
    let r = run_main(tb, b);
    assert_eq!(r.exit_code, 1, "{:?}", r.diagnostics);
    let d = &r.diagnostics[0];
    assert_eq!(d.kind, DiagKind::Ub);
    assert_eq!(d.title, title);
    assert_eq!(d.primary.span, line(7));
    assert_eq!(d.backtrace[0].function, "main");
}

/// A heap allocation of 4 bytes (align 4) in local `raw` (*mut u8) and `p` (*mut i32).
fn with_heap(tb: &mut Tb, b: &mut Bb) -> (LocalId, LocalId) {
    with_heap_n(tb, b, 4)
}

fn with_heap_n(tb: &mut Tb, b: &mut Bb, n: u128) -> (LocalId, LocalId) {
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let pi32 = tb.raw(tb.i32_, Mutability::Mut);
    let (raw, p) = (b.local(pu8), b.local(pi32));
    b.intrinsic(
        Intrinsic::Alloc,
        vec![],
        vec![cnst(tb.usize_, n), cnst(tb.usize_, 4)],
        place(raw),
    );
    b.assign(place(p), Rvalue::Cast(CastKind::PtrToPtr, copy(raw), pi32));
    (raw, p)
}

fn dealloc(tb: &Tb, b: &mut Bb, raw: LocalId, size: u128, align: u128) {
    let u = b.local(tb.unit);
    b.intrinsic(
        Intrinsic::Dealloc,
        vec![],
        vec![copy(raw), cnst(tb.usize_, size), cnst(tb.usize_, align)],
        place(u),
    );
}

#[test]
fn use_after_free() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, p) = with_heap(&mut tb, &mut b);
    dealloc(&tb, &mut b, raw, 4, 4);
    let v = b.local(tb.i32_);
    b.at(line(7)).assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(p).project(ProjElem::Deref))),
    );
    b.ret();
    // The heap allocation is the first allocation after main's return place and locals.
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert!(
        d.title.starts_with("memory access failed: alloc")
            && d.title
                .ends_with(" has been freed, so this pointer is dangling"),
        "{}",
        d.title
    );
    assert_eq!(d.primary.span, line(7));
}

#[test]
fn out_of_bounds_read() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (_, p) = with_heap(&mut tb, &mut b);
    let v = b.local(tb.i32_);
    let pi32 = tb.raw(tb.i32_, Mutability::Mut);
    let q = b.local(pi32);
    b.assign(place(q), Rvalue::Cast(CastKind::PtrToPtr, copy(p), pi32));
    let ar = b.local(pi32);
    b.intrinsic(
        Intrinsic::ArithOffset,
        vec![],
        vec![copy(q), cnst(tb.isize_, 1)],
        place(ar),
    );
    b.at(line(7)).assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(ar).project(ProjElem::Deref))),
    );
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert_eq!(d.kind, DiagKind::Ub);
    assert!(
        d.title
            .starts_with("memory access failed: attempting to access 4 bytes, but got alloc")
            && d.title
                .ends_with("+0x4 which is at or beyond the end of the allocation of size 4 bytes"),
        "{}",
        d.title
    );
}

#[test]
fn uninit_read() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, y) = (b.local(tb.i32_), b.local(tb.i32_));
    b.stmt(StatementKind::StorageLive(x));
    b.at(line(7)).assign(
        place(y),
        Rvalue::BinaryOp(BinOp::Add, copy(x), cnst(tb.i32_, 1)),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "using uninitialized data, but this operation requires initialized memory",
    );

    // A typed copy of an uninitialised integer is an invalid value.
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, y) = (b.local(tb.i32_), b.local(tb.i32_));
    b.stmt(StatementKind::StorageLive(x));
    b.at(line(7)).assign(place(y), Rvalue::Use(copy(x)));
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value: encountered uninitialized memory, but expected an integer",
    );
}

#[test]
fn invalid_bool_via_transmute() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let x = b.local(tb.bool_);
    b.at(line(7)).assign(
        place(x),
        Rvalue::Cast(CastKind::Transmute, cnst(tb.u8_, 2), tb.bool_),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value: encountered 0x02, but expected a boolean",
    );
}

#[test]
fn invalid_char_and_enum() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let x = b.local(tb.char_);
    b.at(line(7)).assign(
        place(x),
        Rvalue::Cast(CastKind::Transmute, cnst(tb.u32_, 0xD800), tb.char_),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value: encountered 0x0000d800, but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)",
    );

    let mut tb = Tb::new();
    let e = tb.fieldless_enum("E", &[("A", 0), ("B", 1)]);
    let mut b = Bb::new("main", tb.unit, &[]);
    let x = b.local(e);
    b.at(line(7)).assign(
        place(x),
        Rvalue::Cast(CastKind::Transmute, cnst(tb.u8_, 2), e),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value at .<enum-tag>: encountered 0x02, but expected a valid enum tag",
    );
}

#[test]
fn unreachable() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    b.at(line(7)).term(TerminatorKind::Unreachable);
    expect_ub(tb, b, "entering unreachable code");
}

#[test]
fn misaligned_access() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (_, p) = with_heap_n(&mut tb, &mut b, 8);
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let pi32 = tb.raw(tb.i32_, Mutability::Mut);
    let (c, q) = (b.local(pu8), b.local(pi32));
    b.assign(place(c), Rvalue::Cast(CastKind::PtrToPtr, copy(p), pu8));
    b.assign(
        place(c),
        Rvalue::BinaryOp(BinOp::Offset, copy(c), cnst(tb.usize_, 1)),
    );
    b.assign(place(q), Rvalue::Cast(CastKind::PtrToPtr, copy(c), pi32));
    let v = b.local(tb.i32_);
    b.at(line(7)).assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(q).project(ProjElem::Deref))),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "accessing memory with alignment 1, but alignment 4 is required",
    );
}

#[test]
fn double_free_and_wrong_layout_and_stack_dealloc() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, _) = with_heap(&mut tb, &mut b);
    dealloc(&tb, &mut b, raw, 4, 4);
    b.at(line(7));
    dealloc(&tb, &mut b, raw, 4, 4);
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert!(
        d.title
            .ends_with("has been freed, so this pointer is dangling"),
        "{}",
        d.title
    );
    assert_eq!(d.primary.span, line(7));

    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, _) = with_heap(&mut tb, &mut b);
    b.at(line(7));
    dealloc(&tb, &mut b, raw, 8, 4);
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert!(
        d.title
            .starts_with("incorrect layout on deallocation: alloc"),
        "{}",
        d.title
    );
    assert!(
        d.title
            .ends_with(" has size 4 and alignment 4, but gave size 8 and alignment 4"),
        "{}",
        d.title
    );

    let mut tb = Tb::new();
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, p) = (b.local(tb.u8_), b.local(pu8));
    b.assign(place(p), Rvalue::RawPtr(Mutability::Mut, place(x)));
    b.at(line(7));
    dealloc(&tb, &mut b, p, 1, 1);
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert!(
        d.title
            .ends_with(", which is stack variable memory, using Rust heap deallocation operation"),
        "{}",
        d.title
    );
}

#[test]
fn offset_out_of_bounds() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (_, p) = with_heap(&mut tb, &mut b);
    let pi32 = tb.raw(tb.i32_, Mutability::Mut);
    let q = b.local(pi32);
    b.at(line(7)).assign(
        place(q),
        Rvalue::BinaryOp(BinOp::Offset, copy(p), cnst(tb.usize_, 2)),
    );
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert!(
        d.title.starts_with("in-bounds pointer arithmetic failed: attempting to offset pointer by 8 bytes, but got alloc")
            && d.title.ends_with(" which is only 4 bytes from the end of the allocation"),
        "{}",
        d.title
    );
}

#[test]
fn unchecked_add_overflow() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let v = b.local(tb.u8_);
    b.at(line(7));
    b.intrinsic(
        Intrinsic::UncheckedAdd,
        vec![tb.u8_],
        vec![cnst(tb.u8_, 200), cnst(tb.u8_, 100)],
        place(v),
    );
    b.ret();
    expect_ub(tb, b, "arithmetic overflow in `unchecked_add`");
}

#[test]
fn null_and_dangling_references() {
    let mut tb = Tb::new();
    let ri = tb.ref_(tb.i32_, Mutability::Not);
    let mut b = Bb::new("main", tb.unit, &[]);
    let r = b.local(ri);
    b.at(line(7)).assign(
        place(r),
        Rvalue::Cast(CastKind::Transmute, cnst(tb.usize_, 0), ri),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value: encountered a null reference",
    );

    let mut tb = Tb::new();
    let ri = tb.ref_(tb.i32_, Mutability::Not);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, p) = with_heap(&mut tb, &mut b);
    dealloc(&tb, &mut b, raw, 4, 4);
    let r = b.local(ri);
    // `&*p` on a freed pointer: the new reference is validated by the assignment.
    b.at(line(7)).assign(
        place(r),
        Rvalue::Ref(BorrowKind::Shared, place(p).project(ProjElem::Deref)),
    );
    b.ret();
    expect_ub(
        tb,
        b,
        "constructing invalid value: encountered a dangling reference (use-after-free)",
    );

    let mut tb = Tb::new();
    let ri = tb.ref_(tb.i32_, Mutability::Not);
    let bx = tb.box_(tb.i32_, None);
    let mut b = Bb::new("main", tb.unit, &[]);
    let x = b.local(bx);
    b.at(line(7)).assign(
        place(x),
        Rvalue::Cast(CastKind::Transmute, cnst(tb.usize_, 0), bx),
    );
    b.ret();
    let _ = ri;
    expect_ub(tb, b, "constructing invalid value: encountered a null box");
}

#[test]
fn wrong_fn_signature() {
    let mut tb = Tb::new();
    let fi = tb.fn_ptr(vec![tb.i32_], tb.i32_);
    let fu = tb.fn_ptr(vec![tb.u8_], tb.i32_);
    let f = tb.declare("f", Some(fi));
    let mut g = Bb::new("f", tb.i32_, &[tb.i32_]);
    g.assign(place(RETURN_PLACE), Rvalue::Use(copy(g.arg(0))));
    g.ret();
    tb.define(f, g.finish());
    let mut b = Bb::new("main", tb.unit, &[]);
    let (p, q, v) = (b.local(fi), b.local(fu), b.local(tb.i32_));
    b.assign(
        place(p),
        Rvalue::Use(Operand::Const(Const {
            ty: fi,
            kind: ConstKind::FnPtr(f),
        })),
    );
    b.assign(place(q), Rvalue::Cast(CastKind::Transmute, copy(p), fu));
    b.at(line(7));
    b.call(Callee::FnPtr(copy(q), fu), vec![cnst(tb.u8_, 1)], place(v));
    exit(&mut b, &tb, copy(v));
    expect_ub(
        tb,
        b,
        "calling a function with argument of type `i32` passing data of type `u8`",
    );
}

#[test]
fn ub_inside_callee_has_backtrace() {
    let mut tb = Tb::new();
    let f = tb.declare("callee", None);
    let mut g = Bb::new("callee", tb.unit, &[]);
    g.at(line(7)).term(TerminatorKind::Unreachable);
    tb.define(f, g.finish());
    let mut b = Bb::new("main", tb.unit, &[]);
    let u = b.local(tb.unit);
    b.at(line(3));
    b.call(Callee::Direct(f), vec![], place(u));
    b.ret();
    let r = run_main(tb, b);
    let d = &r.diagnostics[0];
    assert_eq!(d.title, "entering unreachable code");
    assert_eq!(d.primary.span, line(7));
    let bt: Vec<_> = d
        .backtrace
        .iter()
        .map(|f| (f.function.as_str(), f.span))
        .collect();
    assert_eq!(bt, vec![("callee", line(7)), ("main", line(3))]);
}

#[test]
fn division_by_zero_in_binop_is_ub() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let v = b.local(tb.i32_);
    b.at(line(7)).assign(
        place(v),
        Rvalue::BinaryOp(BinOp::Div, cnst(tb.i32_, 1), cnst(tb.i32_, 0)),
    );
    b.ret();
    expect_ub(tb, b, "dividing by zero");
}
