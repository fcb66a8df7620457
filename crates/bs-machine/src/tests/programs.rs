//! Programs that run to completion (or panic/exit), checking results through the exit code and output.

use bs_ir::*;

use super::builder::*;
use crate::Config;

/// `__bs_exit(op)` as the last block of a body.
pub fn exit(b: &mut Bb, tb: &Tb, op: Operand) {
    let n = b.local(tb.never);
    b.term(TerminatorKind::Call {
        callee: Callee::Intrinsic(Intrinsic::Exit, vec![]),
        args: vec![op],
        dest: place(n),
        target: None,
    });
}

fn main_of(tb: &mut Tb, b: Bb) {
    let m = tb.declare("main", None);
    tb.define(m, b.finish());
    tb.p.entry = Some(m);
}

#[test]
fn loop_sums_numbers() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (i, s, c) = (b.local(tb.i32_), b.local(tb.i32_), b.local(tb.bool_));
    b.assign(place(i), Rvalue::Use(cnst(tb.i32_, 0)));
    b.assign(place(s), Rvalue::Use(cnst(tb.i32_, 0)));
    b.term(TerminatorKind::Goto(BlockId(1)));
    b.assign(
        place(c),
        Rvalue::BinaryOp(BinOp::Lt, copy(i), cnst(tb.i32_, 10)),
    );
    b.term(TerminatorKind::SwitchInt {
        discr: copy(c),
        targets: vec![(0, BlockId(3))],
        otherwise: BlockId(2),
    });
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(i)));
    b.assign(
        place(i),
        Rvalue::BinaryOp(BinOp::Add, copy(i), cnst(tb.i32_, 1)),
    );
    b.term(TerminatorKind::Goto(BlockId(1)));
    exit(&mut b, &tb, copy(s));
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 45, "{:?}", r.diagnostics);
}

#[test]
fn call_returns_value_and_main_returns_unit() {
    let mut tb = Tb::new();
    let add = tb.declare("add", None);
    let mut a = Bb::new("add", tb.i32_, &[tb.i32_, tb.i32_]);
    let (x, y) = (a.arg(0), a.arg(1));
    a.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(BinOp::Add, copy(x), copy(y)),
    );
    a.ret();
    tb.define(add, a.finish());
    let mut b = Bb::new("main", tb.unit, &[]);
    let r = b.local(tb.i32_);
    b.call(
        Callee::Direct(add),
        vec![cnst(tb.i32_, 2), cnst(tb.i32_, 40)],
        place(r),
    );
    exit(&mut b, &tb, copy(r));
    main_of(&mut tb, b);
    let (res, _, _) = tb.run();
    assert_eq!(res.exit_code, 42, "{:?}", res.diagnostics);

    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    b.ret();
    main_of(&mut tb, b);
    let (res, _, _) = tb.run();
    assert_eq!(res.exit_code, 0);
    assert!(res.diagnostics.is_empty());
}

#[test]
fn struct_fields_and_enum_discriminants() {
    let mut tb = Tb::new();
    let st = tb.strukt("Point", vec![("x", tb.u8_), ("y", tb.i32_)]);
    let e = tb.fieldless_enum("E", &[("A", 3), ("B", 7)]);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (p, v, d, ev) = (b.local(st), b.local(tb.i32_), b.local(tb.i32_), b.local(e));
    b.assign(
        place(p),
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: st,
                variant: 0,
                active_field: None,
            },
            vec![cnst(tb.u8_, 1), cnst(tb.i32_, 2)],
        ),
    );
    b.assign(
        place(p).project(ProjElem::Field(1, tb.i32_)),
        Rvalue::Use(cnst(tb.i32_, 30)),
    );
    b.assign(
        place(v),
        Rvalue::Cast(
            CastKind::IntToInt,
            Operand::Copy(place(p).project(ProjElem::Field(0, tb.u8_))),
            tb.i32_,
        ),
    );
    b.assign(
        place(v),
        Rvalue::BinaryOp(
            BinOp::Add,
            copy(v),
            Operand::Copy(place(p).project(ProjElem::Field(1, tb.i32_))),
        ),
    );
    b.assign(
        place(ev),
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: e,
                variant: 1,
                active_field: None,
            },
            vec![],
        ),
    );
    b.assign(place(d), Rvalue::Discriminant(place(ev)));
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, copy(v), copy(d)));
    exit(&mut b, &tb, copy(v));
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 38, "{:?}", r.diagnostics);
}

/// A Vec-like buffer of three i32 on the heap: write, sum, free.
fn heap_program(free: bool) -> Tb {
    let mut tb = Tb::new();
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let pi32 = tb.raw(tb.i32_, Mutability::Mut);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, p, q, s, u) = (
        b.local(pu8),
        b.local(pi32),
        b.local(pi32),
        b.local(tb.i32_),
        b.local(tb.unit),
    );
    b.at(line(1));
    b.intrinsic(
        Intrinsic::Alloc,
        vec![],
        vec![cnst(tb.usize_, 12), cnst(tb.usize_, 4)],
        place(raw),
    );
    b.assign(place(p), Rvalue::Cast(CastKind::PtrToPtr, copy(raw), pi32));
    b.assign(place(s), Rvalue::Use(cnst(tb.i32_, 0)));
    for k in 0..3u128 {
        b.assign(
            place(q),
            Rvalue::BinaryOp(BinOp::Offset, copy(p), cnst(tb.usize_, k)),
        );
        b.assign(
            place(q).project(ProjElem::Deref),
            Rvalue::Use(cnst(tb.i32_, 10 + k)),
        );
    }
    for k in 0..3u128 {
        b.assign(
            place(q),
            Rvalue::BinaryOp(BinOp::Offset, copy(p), cnst(tb.usize_, k)),
        );
        b.assign(
            place(s),
            Rvalue::BinaryOp(
                BinOp::Add,
                copy(s),
                Operand::Copy(place(q).project(ProjElem::Deref)),
            ),
        );
    }
    if free {
        b.intrinsic(
            Intrinsic::Dealloc,
            vec![],
            vec![copy(raw), cnst(tb.usize_, 12), cnst(tb.usize_, 4)],
            place(u),
        );
        exit(&mut b, &tb, copy(s));
    } else {
        b.ret();
    }
    main_of(&mut tb, b);
    tb
}

#[test]
fn heap_buffer_via_hooks() {
    let (r, _, _) = heap_program(true).run();
    assert_eq!(r.exit_code, 33, "{:?}", r.diagnostics);
}

#[test]
fn leak_is_reported_unless_ignored() {
    let (r, _, _) = heap_program(false).run();
    assert_eq!(r.exit_code, 1);
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!(d.kind, DiagKind::Leak);
    assert!(
        d.title.starts_with("memory leaked: alloc")
            && d.title
                .ends_with("(Rust heap, size: 12, align: 4), allocated here:"),
        "{}",
        d.title
    );
    assert_eq!(d.primary.span, line(1));
    let (r, _, _) = heap_program(false).run_with(&Config {
        ignore_leaks: true,
        ..Config::default()
    });
    assert_eq!(r.exit_code, 0);
}

#[test]
fn fat_pointer_slice_len_and_index() {
    let mut tb = Tb::new();
    let arr = tb.array(tb.i32_, 3);
    let sl = tb.slice(tb.i32_);
    let rarr = tb.ref_(arr, Mutability::Not);
    let rsl = tb.ref_(sl, Mutability::Not);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (a, ra, rs, n, idx, v) = (
        b.local(arr),
        b.local(rarr),
        b.local(rsl),
        b.local(tb.usize_),
        b.local(tb.usize_),
        b.local(tb.i32_),
    );
    b.assign(
        place(a),
        Rvalue::Aggregate(
            AggregateKind::Array(tb.i32_),
            vec![cnst(tb.i32_, 5), cnst(tb.i32_, 6), cnst(tb.i32_, 7)],
        ),
    );
    b.assign(place(ra), Rvalue::Ref(BorrowKind::Shared, place(a)));
    b.assign(place(rs), Rvalue::Cast(CastKind::Unsize, copy(ra), rsl));
    b.assign(place(n), Rvalue::UnaryOp(UnOp::PtrMetadata, copy(rs)));
    b.assign(place(idx), Rvalue::Len(place(rs).project(ProjElem::Deref)));
    b.assign(
        place(idx),
        Rvalue::BinaryOp(BinOp::Sub, copy(idx), cnst(tb.usize_, 1)),
    );
    b.assign(
        place(v),
        Rvalue::Use(Operand::Copy(
            place(rs)
                .project(ProjElem::Deref)
                .project(ProjElem::Index(idx)),
        )),
    );
    // v (7) * 10 + n (3)
    b.assign(
        place(v),
        Rvalue::BinaryOp(BinOp::Mul, copy(v), cnst(tb.i32_, 10)),
    );
    b.assign(
        place(n),
        Rvalue::Cast(CastKind::IntToInt, copy(n), tb.usize_),
    );
    let n32 = b.local(tb.i32_);
    b.assign(
        place(n32),
        Rvalue::Cast(CastKind::IntToInt, copy(n), tb.i32_),
    );
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, copy(v), copy(n32)));
    exit(&mut b, &tb, copy(v));
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 73, "{:?}", r.diagnostics);
}

#[test]
fn assert_overflow_panics_with_rustc_message() {
    let mut tb = Tb::new();
    let pair = tb.tuple(vec![tb.u8_, tb.bool_]);
    let mut b = Bb::new("main", tb.unit, &[]);
    let t = b.local(pair);
    b.at(line(4));
    b.assign(
        place(t),
        Rvalue::BinaryOp(BinOp::AddWithOverflow, cnst(tb.u8_, 200), cnst(tb.u8_, 100)),
    );
    b.term(TerminatorKind::Assert {
        cond: Operand::Copy(place(t).project(ProjElem::Field(1, tb.bool_))),
        expected: false,
        msg: AssertMessage::Overflow(BinOp::Add),
        target: BlockId(1),
    });
    b.ret();
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 101);
    let d = &r.diagnostics[0];
    assert_eq!(d.kind, DiagKind::Panic);
    assert_eq!(d.title, "attempt to add with overflow");
    assert_eq!(d.notes[0], "test.rs:5:1");
    assert_eq!(d.primary.span, line(4));
}

#[test]
fn bounds_check_message() {
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    b.term(TerminatorKind::Assert {
        cond: cnst(tb.bool_, 0),
        expected: true,
        msg: AssertMessage::BoundsCheck {
            len: cnst(tb.usize_, 3),
            index: cnst(tb.usize_, 5),
        },
        target: BlockId(1),
    });
    b.ret();
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 101);
    assert_eq!(
        r.diagnostics[0].title,
        "index out of bounds: the len is 3 but the index is 5"
    );
}

#[test]
fn write_hook_prints_string_literal() {
    let mut tb = Tb::new();
    let s = tb.p.add_static(StaticData {
        name: "lit".into(),
        ty: tb.u8_,
        mutable: false,
        init: StaticInit::Bytes(b"hello\n".to_vec()),
    });
    let str_ = tb.ty(
        TyKind::Str,
        "str",
        Layout {
            sized: false,
            ..prim(0, 1, None)
        },
    );
    let rstr = tb.ref_(str_, Mutability::Not);
    let pu8 = tb.raw(tb.u8_, Mutability::Not);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (r, p, n, u) = (
        b.local(rstr),
        b.local(pu8),
        b.local(tb.usize_),
        b.local(tb.unit),
    );
    b.assign(
        place(r),
        Rvalue::Use(Operand::Const(Const {
            ty: rstr,
            kind: ConstKind::Bytes(s),
        })),
    );
    b.assign(place(p), Rvalue::Cast(CastKind::PtrToPtr, copy(r), pu8));
    b.assign(place(n), Rvalue::UnaryOp(UnOp::PtrMetadata, copy(r)));
    b.intrinsic(
        Intrinsic::Write,
        vec![],
        vec![cnst(tb.i32_, 1), copy(p), copy(n)],
        place(u),
    );
    b.intrinsic(
        Intrinsic::Write,
        vec![],
        vec![cnst(tb.i32_, 2), copy(p), cnst(tb.usize_, 2)],
        place(u),
    );
    b.ret();
    main_of(&mut tb, b);
    let (res, out, err) = tb.run();
    assert_eq!(res.exit_code, 0, "{:?}", res.diagnostics);
    assert_eq!(out, "hello\n");
    assert_eq!(err, "he");
}

/// `struct D(u8)` with a `Drop` impl printing its field as a byte, inside a `Box<D>` and an array.
#[test]
fn drop_glue_runs_impls_in_order_and_frees_box() {
    let mut tb = Tb::new();
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let d = tb.strukt("D", vec![("0", tb.u8_)]);
    let rd = tb.ref_(d, Mutability::Mut);
    let drop_d = tb.declare("<D as Drop>::drop", None);
    tb.p.tys.tys[d.index()].drop_impl = Some(drop_d);
    tb.p.tys.tys[d.index()].flags.needs_drop = true;
    // Box's own drop impl: frees 1 byte.
    let box_drop = tb.declare("<Box<D> as Drop>::drop", None);
    let bx = tb.box_(d, Some(box_drop));
    let rbx = tb.ref_(bx, Mutability::Mut);
    let arr = tb.array(d, 2);
    {
        let mut b = Bb::new("drop", tb.unit, &[rd]);
        let (p, u) = (b.local(pu8), b.local(tb.unit));
        b.assign(
            place(p),
            Rvalue::RawPtr(
                Mutability::Mut,
                place(b.arg(0))
                    .project(ProjElem::Deref)
                    .project(ProjElem::Field(0, tb.u8_)),
            ),
        );
        b.intrinsic(
            Intrinsic::Write,
            vec![],
            vec![cnst(tb.i32_, 1), copy(p), cnst(tb.usize_, 1)],
            place(u),
        );
        b.ret();
        tb.define(drop_d, b.finish());
    }
    {
        let mut b = Bb::new("box_drop", tb.unit, &[rbx]);
        let (p, u) = (b.local(pu8), b.local(tb.unit));
        let raw_d = tb.raw(d, Mutability::Not);
        b.assign(
            place(p),
            Rvalue::Cast(
                CastKind::PtrToPtr,
                Operand::Copy(
                    place(b.arg(0))
                        .project(ProjElem::Deref)
                        .project(ProjElem::Field(0, raw_d)),
                ),
                pu8,
            ),
        );
        b.intrinsic(
            Intrinsic::Dealloc,
            vec![],
            vec![copy(p), cnst(tb.usize_, 1), cnst(tb.usize_, 1)],
            place(u),
        );
        b.ret();
        tb.define(box_drop, b.finish());
    }
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, x, a) = (b.local(pu8), b.local(bx), b.local(arr));
    b.intrinsic(
        Intrinsic::Alloc,
        vec![],
        vec![cnst(tb.usize_, 1), cnst(tb.usize_, 1)],
        place(raw),
    );
    b.assign(
        place(raw).project(ProjElem::Deref),
        Rvalue::Use(cnst(tb.u8_, b'c' as u128)),
    );
    b.assign(place(x), Rvalue::Cast(CastKind::Transmute, copy(raw), bx));
    b.assign(
        place(a),
        Rvalue::Aggregate(
            AggregateKind::Array(d),
            vec![cnst(d, b'a' as u128), cnst(d, b'b' as u128)],
        ),
    );
    let next = BlockId(b.next_block().0 + 1);
    b.term(TerminatorKind::Drop {
        place: place(a),
        target: next,
    });
    let next = BlockId(b.next_block().0 + 1);
    b.term(TerminatorKind::Drop {
        place: place(x),
        target: next,
    });
    b.ret();
    main_of(&mut tb, b);
    // The machine computes needs-drop itself: wrong flags (as a frontend may produce for recursive
    // types) do not skip any glue.
    for t in &mut tb.p.tys.tys {
        t.flags.needs_drop = false;
    }
    let (r, out, _) = tb.run();
    assert_eq!(r.exit_code, 0, "{:?}", r.diagnostics);
    assert_eq!(out, "abc");
}

/// `dyn Trait` method call through a vtable, receiver `&dyn Trait`.
#[test]
fn virtual_call_through_vtable() {
    let mut tb = Tb::new();
    let dy = tb.dyn_("Tr");
    let rdyn = tb.ref_(dy, Mutability::Not);
    let ri32 = tb.ref_(tb.i32_, Mutability::Not);
    let m = tb.declare("<i32 as Tr>::get", None);
    let mut g = Bb::new("get", tb.i32_, &[ri32]);
    g.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(
            BinOp::Mul,
            Operand::Copy(place(g.arg(0)).project(ProjElem::Deref)),
            cnst(tb.i32_, 2),
        ),
    );
    g.ret();
    tb.define(m, g.finish());
    let vt = tb.p.add_vtable(VtableData {
        ty: tb.i32_,
        methods: vec![Some(m)],
    });
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, r, d, v) = (
        b.local(tb.i32_),
        b.local(ri32),
        b.local(rdyn),
        b.local(tb.i32_),
    );
    b.assign(place(x), Rvalue::Use(cnst(tb.i32_, 21)));
    b.assign(place(r), Rvalue::Ref(BorrowKind::Shared, place(x)));
    b.assign(place(d), Rvalue::CastToDyn(copy(r), rdyn, vt));
    b.call(Callee::Virtual(0), vec![copy(d)], place(v));
    exit(&mut b, &tb, copy(v));
    main_of(&mut tb, b);
    let (res, _, _) = tb.run();
    assert_eq!(res.exit_code, 42, "{:?}", res.diagnostics);
}

#[test]
fn fn_pointer_call_and_static() {
    let mut tb = Tb::new();
    let fp = tb.fn_ptr(vec![tb.i32_], tb.i32_);
    let f = tb.declare("inc", Some(fp));
    let mut g = Bb::new("inc", tb.i32_, &[tb.i32_]);
    g.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(BinOp::Add, copy(g.arg(0)), cnst(tb.i32_, 1)),
    );
    g.ret();
    tb.define(f, g.finish());
    // static S: i32 = 9 (initialiser body).
    let init = tb.declare("S::init", None);
    let mut ib = Bb::new("S", tb.i32_, &[]);
    ib.assign(place(RETURN_PLACE), Rvalue::Use(cnst(tb.i32_, 9)));
    ib.ret();
    tb.define(init, ib.finish());
    let s = tb.p.add_static(StaticData {
        name: "S".into(),
        ty: tb.i32_,
        mutable: false,
        init: StaticInit::Body(init),
    });
    let ri = tb.ref_(tb.i32_, Mutability::Not);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (p, r, v) = (b.local(fp), b.local(ri), b.local(tb.i32_));
    b.assign(
        place(p),
        Rvalue::Use(Operand::Const(Const {
            ty: fp,
            kind: ConstKind::FnPtr(f),
        })),
    );
    b.assign(
        place(r),
        Rvalue::Use(Operand::Const(Const {
            ty: ri,
            kind: ConstKind::StaticRef(s),
        })),
    );
    b.call(
        Callee::FnPtr(copy(p), fp),
        vec![Operand::Copy(place(r).project(ProjElem::Deref))],
        place(v),
    );
    exit(&mut b, &tb, copy(v));
    main_of(&mut tb, b);
    let (res, _, _) = tb.run();
    assert_eq!(res.exit_code, 10, "{:?}", res.diagnostics);
}

#[test]
fn limits_end_the_run_with_exit_code_4() {
    // Infinite loop hits the step limit.
    let mut tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    b.term(TerminatorKind::Goto(BlockId(0)));
    main_of(&mut tb, b);
    let (r, _, _) = tb.run_with(&Config {
        step_limit: Some(1000),
        ..Config::default()
    });
    assert_eq!(r.exit_code, 4);
    assert_eq!(r.diagnostics[0].kind, DiagKind::ResourceLimit);
    // Infinite recursion hits the stack limit.
    let mut tb = Tb::new();
    let m = tb.declare("main", None);
    let mut b = Bb::new("main", tb.unit, &[]);
    let u = b.local(tb.unit);
    b.call(Callee::Direct(m), vec![], place(u));
    b.ret();
    tb.define(m, b.finish());
    tb.p.entry = Some(m);
    let (r, _, _) = tb.run_with(&Config {
        stack_limit: 100,
        ..Config::default()
    });
    assert_eq!(r.exit_code, 4);
    assert_eq!(r.diagnostics[0].backtrace.len(), 100);
}

#[test]
fn missing_body_is_unsupported() {
    let mut tb = Tb::new();
    let f = tb.declare("missing", None);
    let mut b = Bb::new("main", tb.unit, &[]);
    let u = b.local(tb.unit);
    b.call(Callee::Direct(f), vec![], place(u));
    b.ret();
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 3);
    assert_eq!(r.diagnostics[0].kind, DiagKind::Unsupported);
    assert!(r.diagnostics[0].title.contains("no body for `missing`"));
}

#[test]
fn pointer_exposure_roundtrip() {
    let mut tb = Tb::new();
    let pi = tb.raw(tb.i32_, Mutability::Mut);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, p, a, q) = (
        b.local(tb.i32_),
        b.local(pi),
        b.local(tb.usize_),
        b.local(pi),
    );
    b.assign(place(x), Rvalue::Use(cnst(tb.i32_, 5)));
    b.assign(place(p), Rvalue::RawPtr(Mutability::Mut, place(x)));
    b.assign(
        place(a),
        Rvalue::Cast(CastKind::PointerExposeAddress, copy(p), tb.usize_),
    );
    b.assign(
        place(q),
        Rvalue::Cast(CastKind::PointerWithExposedProvenance, copy(a), pi),
    );
    b.assign(
        place(q).project(ProjElem::Deref),
        Rvalue::Use(cnst(tb.i32_, 8)),
    );
    exit(&mut b, &tb, copy(x));
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 8, "{:?}", r.diagnostics);
}

/// Throughput check: `cargo test -p bs-machine --release -- --ignored bench --nocapture`.
#[test]
#[ignore]
fn bench_loop_with_calls() {
    let mut tb = Tb::new();
    let add = tb.declare("add", None);
    let mut a = Bb::new("add", tb.i64_, &[tb.i64_, tb.i64_]);
    let (x, y) = (a.arg(0), a.arg(1));
    a.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(BinOp::Add, copy(x), copy(y)),
    );
    a.ret();
    tb.define(add, a.finish());
    let mut b = Bb::new("main", tb.unit, &[]);
    let (i, s, c) = (b.local(tb.i64_), b.local(tb.i64_), b.local(tb.bool_));
    b.assign(place(i), Rvalue::Use(cnst(tb.i64_, 0)));
    b.assign(place(s), Rvalue::Use(cnst(tb.i64_, 0)));
    b.term(TerminatorKind::Goto(BlockId(1)));
    b.assign(
        place(c),
        Rvalue::BinaryOp(BinOp::Lt, copy(i), cnst(tb.i64_, 1_000_000)),
    );
    b.term(TerminatorKind::SwitchInt {
        discr: copy(c),
        targets: vec![(0, BlockId(4))],
        otherwise: BlockId(2),
    });
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(i)));
    b.term(TerminatorKind::Call {
        callee: Callee::Direct(add),
        args: vec![copy(i), cnst(tb.i64_, 1)],
        dest: place(i),
        target: Some(BlockId(3)),
    });
    b.term(TerminatorKind::Goto(BlockId(1)));
    b.ret();
    let m = tb.declare("main", None);
    tb.define(m, b.finish());
    tb.p.entry = Some(m);
    let t = std::time::Instant::now();
    let (r, _, _) = tb.run();
    let el = t.elapsed();
    assert_eq!(r.exit_code, 0, "{:?}", r.diagnostics);
    // ~7 steps per iteration.
    eprintln!(
        "1M iterations (7M steps) in {el:?}: {:.1} Msteps/s",
        7.0 / el.as_secs_f64()
    );
}
