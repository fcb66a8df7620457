//! Smaller features: repeat, niche-encoded enums, constants, caller locations, panics, intrinsics,
//! closures through `CallOverloaded`, slice patterns.

use bs_ir::*;

use super::builder::*;
use super::programs::exit;

fn main_of(tb: &mut Tb, b: Bb) {
    let m = tb.declare("main", None);
    tb.define(m, b.finish());
    tb.p.entry = Some(m);
}

fn exit_code(mut tb: Tb, b: Bb) -> i32 {
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert!(
        r.diagnostics
            .iter()
            .all(|d| d.kind != DiagKind::Ub && d.kind != DiagKind::Unsupported),
        "{:?}",
        r.diagnostics
    );
    r.exit_code
}

#[test]
fn repeat_and_subslices() {
    let mut tb = Tb::new();
    let arr = tb.array(tb.u8_, 1000);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (a, v, w) = (b.local(arr), b.local(tb.u8_), b.local(tb.u8_));
    b.assign(place(a), Rvalue::Repeat(cnst(tb.u8_, 7), 1000));
    b.assign(
        place(a).project(ProjElem::ConstantIndex {
            offset: 1,
            min_length: 1000,
            from_end: true,
        }),
        Rvalue::Use(cnst(tb.u8_, 9)),
    );
    b.assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(a).project(ProjElem::ConstantIndex {
            offset: 999,
            min_length: 1000,
            from_end: false,
        }))),
    );
    let sub = place(a).project(ProjElem::Subslice {
        from: 990,
        to: 0,
        from_end: true,
    });
    b.assign(
        place(w),
        Rvalue::Use(Operand::Copy(sub.project(ProjElem::ConstantIndex {
            offset: 0,
            min_length: 1,
            from_end: false,
        }))),
    );
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, copy(v), copy(w)));
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 16);
}

/// `Option<&i32>`-like enum with a null niche: `None` is 0, `Some(p)` is the pointer.
#[test]
fn niche_encoded_option() {
    let mut tb = Tb::new();
    let ri = tb.ref_(tb.i32_, Mutability::Not);
    let adt = AdtId::from_usize(tb.p.tys.adts.len());
    tb.p.tys.adts.push(AdtDef {
        path: "Option".into(),
        kind: AdtKind::Enum,
    });
    let tag = Scalar {
        size: 8,
        signed: false,
        valid_start: 0,
        valid_end: u64::MAX as u128,
        pointer: true,
    };
    let none_l = Layout {
        fields: FieldsShape::Arbitrary { offsets: vec![] },
        ..prim(0, 1, None)
    };
    let some_l = Layout {
        fields: FieldsShape::Arbitrary { offsets: vec![0] },
        ..prim(8, 8, None)
    };
    let layout = Layout {
        fields: FieldsShape::Arbitrary { offsets: vec![0] },
        variants: Variants::Multiple {
            tag,
            encoding: TagEncoding::Niche {
                untagged: 1,
                niche_variants: (0, 0),
                niche_start: 0,
            },
            tag_offset: 0,
            variants: vec![none_l, some_l],
        },
        ..prim(8, 8, Some(tag))
    };
    let opt = tb.ty(TyKind::Adt(adt, vec![ri]), "Option<&i32>", layout);
    tb.p.tys.tys[opt.index()].variants = vec![
        VariantDef {
            name: "None".into(),
            discr: 0,
            field_names: vec![],
            field_tys: vec![],
        },
        VariantDef {
            name: "Some".into(),
            discr: 1,
            field_names: vec!["0".into()],
            field_tys: vec![ri],
        },
    ];
    tb.p.tys.tys[opt.index()].flags.has_retag_fields = true;
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, o, n, d1, d2) = (
        b.local(tb.i32_),
        b.local(opt),
        b.local(opt),
        b.local(tb.isize_),
        b.local(tb.isize_),
    );
    b.assign(place(x), Rvalue::Use(cnst(tb.i32_, 5)));
    let r = b.local(ri);
    b.assign(place(r), Rvalue::Ref(BorrowKind::Shared, place(x)));
    b.assign(
        place(o),
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: opt,
                variant: 1,
                active_field: None,
            },
            vec![copy(r)],
        ),
    );
    b.assign(
        place(n),
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: opt,
                variant: 0,
                active_field: None,
            },
            vec![],
        ),
    );
    b.stmt(StatementKind::Retag(RetagKind::Default, place(o)));
    b.assign(place(d1), Rvalue::Discriminant(place(o)));
    b.assign(place(d2), Rvalue::Discriminant(place(n)));
    // d1 * 10 + d2 + *o.Some.0
    b.assign(
        place(d1),
        Rvalue::BinaryOp(BinOp::Mul, copy(d1), cnst(tb.isize_, 10)),
    );
    b.assign(place(d1), Rvalue::BinaryOp(BinOp::Add, copy(d1), copy(d2)));
    let v = b.local(tb.i32_);
    let payload = place(o)
        .project(ProjElem::Downcast(1))
        .project(ProjElem::Field(0, ri))
        .project(ProjElem::Deref);
    b.assign(place(v), Rvalue::Use(Operand::Copy(payload)));
    let d32 = b.local(tb.i32_);
    b.assign(
        place(d32),
        Rvalue::Cast(CastKind::IntToInt, copy(d1), tb.i32_),
    );
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, copy(v), copy(d32)));
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 15);
}

#[test]
fn unevaluated_constant_is_computed_once() {
    let mut tb = Tb::new();
    let c = tb.declare("C", None);
    let mut cb = Bb::new("C", tb.i32_, &[]);
    cb.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(BinOp::Mul, cnst(tb.i32_, 6), cnst(tb.i32_, 7)),
    );
    cb.ret();
    tb.define(c, cb.finish());
    let k = Operand::Const(Const {
        ty: tb.i32_,
        kind: ConstKind::Unevaluated(c),
    });
    let mut b = Bb::new("main", tb.unit, &[]);
    let v = b.local(tb.i32_);
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, k.clone(), k));
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 84);
}

/// `Location { file: &str, line: u32, col: u32 }` and a `#[track_caller]` function calling
/// `caller_location`, then `__bs_panic` with it.
#[test]
fn track_caller_location_and_panic_hook() {
    let mut tb = Tb::new();
    let str_ = tb.ty(
        TyKind::Str,
        "str",
        Layout {
            sized: false,
            ..prim(0, 1, None)
        },
    );
    let rstr = tb.ref_(str_, Mutability::Not);
    let loc = tb.strukt(
        "Location",
        vec![("file", rstr), ("line", tb.u32_), ("col", tb.u32_)],
    );
    let rloc = tb.ref_(loc, Mutability::Not);
    let pu8 = tb.raw(tb.u8_, Mutability::Not);
    let lit = tb.p.add_static(StaticData {
        name: "msg".into(),
        ty: tb.u8_,
        mutable: false,
        init: StaticInit::Bytes(b"boom".to_vec()),
    });
    let f = tb.declare("fail", None);
    let mut fb = Bb::new("fail", tb.unit, &[]);
    fb.body.track_caller = true;
    let (l, m, p, n, nv) = (
        fb.local(rloc),
        fb.local(rstr),
        fb.local(pu8),
        fb.local(tb.usize_),
        fb.local(tb.never),
    );
    fb.at(line(20));
    fb.intrinsic(Intrinsic::CallerLocation, vec![], vec![], place(l));
    fb.assign(
        place(m),
        Rvalue::Use(Operand::Const(Const {
            ty: rstr,
            kind: ConstKind::Bytes(lit),
        })),
    );
    fb.assign(place(p), Rvalue::Cast(CastKind::PtrToPtr, copy(m), pu8));
    fb.assign(place(n), Rvalue::UnaryOp(UnOp::PtrMetadata, copy(m)));
    fb.term(TerminatorKind::Call {
        callee: Callee::Intrinsic(Intrinsic::Panic, vec![]),
        args: vec![copy(p), copy(n), copy(l)],
        dest: place(nv),
        target: None,
    });
    tb.define(f, fb.finish());
    let mut b = Bb::new("main", tb.unit, &[]);
    let u = b.local(tb.unit);
    b.at(line(3));
    b.call(Callee::Direct(f), vec![], place(u));
    b.ret();
    main_of(&mut tb, b);
    let (r, _, _) = tb.run();
    assert_eq!(r.exit_code, 101);
    let d = &r.diagnostics[0];
    assert_eq!(d.kind, DiagKind::Panic);
    assert_eq!(d.title, "boom");
    assert_eq!(d.notes[0], "test.rs:4:1");
}

#[test]
fn arithmetic_intrinsics() {
    let tb = Tb::new();
    let mut b = Bb::new("main", tb.unit, &[]);
    let (a, c, d, e, f, g) = (
        b.local(tb.u8_),
        b.local(tb.u32_),
        b.local(tb.u8_),
        b.local(tb.u8_),
        b.local(tb.i32_),
        b.local(tb.u32_),
    );
    b.intrinsic(
        Intrinsic::RotateLeft,
        vec![tb.u8_],
        vec![cnst(tb.u8_, 0b1000_0001), cnst(tb.u32_, 1)],
        place(a),
    ); // 3
    b.intrinsic(
        Intrinsic::Ctpop,
        vec![tb.u32_],
        vec![cnst(tb.u32_, 0xff)],
        place(c),
    ); // 8
    b.intrinsic(
        Intrinsic::SaturatingAdd,
        vec![tb.u8_],
        vec![cnst(tb.u8_, 250), cnst(tb.u8_, 10)],
        place(d),
    ); // 255
    b.intrinsic(
        Intrinsic::WrappingAdd,
        vec![tb.u8_],
        vec![cnst(tb.u8_, 250), cnst(tb.u8_, 10)],
        place(e),
    ); // 4
    b.intrinsic(
        Intrinsic::SaturatingSub,
        vec![tb.i32_],
        vec![cnst(tb.i32_, 0x8000_0000), cnst(tb.i32_, 1)],
        place(f),
    ); // i32::MIN
    b.intrinsic(
        Intrinsic::Ctlz,
        vec![tb.u32_],
        vec![cnst(tb.u32_, 1)],
        place(g),
    ); // 31
    // 3 + 8 + (255 - 250) + 4 + (MIN == 0x8000_0000) + 31 = 52
    let s = b.local(tb.u32_);
    b.assign(place(s), Rvalue::Cast(CastKind::IntToInt, copy(a), tb.u32_));
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(c)));
    let t = b.local(tb.u32_);
    b.assign(place(t), Rvalue::Cast(CastKind::IntToInt, copy(d), tb.u32_));
    b.assign(
        place(t),
        Rvalue::BinaryOp(BinOp::Sub, copy(t), cnst(tb.u32_, 250)),
    );
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(t)));
    b.assign(place(t), Rvalue::Cast(CastKind::IntToInt, copy(e), tb.u32_));
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(t)));
    let bo = b.local(tb.bool_);
    b.assign(
        place(bo),
        Rvalue::BinaryOp(BinOp::Eq, copy(f), cnst(tb.i32_, 0x8000_0000)),
    );
    b.assign(
        place(t),
        Rvalue::Cast(CastKind::IntToInt, copy(bo), tb.u32_),
    );
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(t)));
    b.assign(place(s), Rvalue::BinaryOp(BinOp::Add, copy(s), copy(g)));
    exit(&mut b, &tb, copy(s));
    assert_eq!(exit_code(tb, b), 52);
}

#[test]
fn float_arithmetic_and_casts() {
    let mut tb = Tb::new();
    let f64_ = tb.ty(TyKind::Float(FloatTy::F64), "f64", prim(8, 8, None));
    let mut b = Bb::new("main", tb.unit, &[]);
    let (x, y, i) = (b.local(f64_), b.local(f64_), b.local(tb.i32_));
    b.assign(
        place(x),
        Rvalue::Cast(CastKind::IntToFloat, cnst(tb.i32_, 7), f64_),
    );
    b.assign(place(y), Rvalue::Use(cnst(f64_, 2.5f64.to_bits() as u128)));
    b.assign(place(x), Rvalue::BinaryOp(BinOp::Mul, copy(x), copy(y))); // 17.5
    b.intrinsic(
        Intrinsic::FloatUnary(FloatUnaryOp::Sqrt),
        vec![],
        vec![cnst(f64_, 400f64.to_bits() as u128)],
        place(y),
    ); // 20
    b.assign(place(x), Rvalue::BinaryOp(BinOp::Add, copy(x), copy(y))); // 37.5
    b.assign(place(x), Rvalue::UnaryOp(UnOp::Neg, copy(x)));
    b.assign(
        place(i),
        Rvalue::Cast(CastKind::FloatToInt, copy(x), tb.i32_),
    ); // -37
    b.assign(place(i), Rvalue::UnaryOp(UnOp::Neg, copy(i)));
    exit(&mut b, &tb, copy(i));
    assert_eq!(exit_code(tb, b), 37);
}

/// A capture-less closure called through `CallOverloaded(&closure, (a, b))` and through a fn pointer
/// obtained by `ClosureFnPointer`.
#[test]
fn closures_via_call_overloaded_and_fn_pointer() {
    let mut tb = Tb::new();
    let body = tb.declare("main::{closure#0}", None);
    let cl = tb.ty(
        TyKind::Closure(body, vec![]),
        "{closure}",
        Layout {
            fields: FieldsShape::Arbitrary { offsets: vec![] },
            ..prim(0, 1, None)
        },
    );
    let rcl = tb.ref_(cl, Mutability::Not);
    let args = tb.tuple(vec![tb.i32_, tb.i32_]);
    let mut cb = Bb::new("main::{closure#0}", tb.i32_, &[rcl, args]);
    let t = cb.arg(1);
    cb.assign(
        place(RETURN_PLACE),
        Rvalue::BinaryOp(
            BinOp::Sub,
            Operand::Copy(place(t).project(ProjElem::Field(0, tb.i32_))),
            Operand::Copy(place(t).project(ProjElem::Field(1, tb.i32_))),
        ),
    );
    cb.ret();
    tb.define(body, cb.finish());
    let fp = tb.fn_ptr(vec![tb.i32_, tb.i32_], tb.i32_);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (c, r, tup, v, f, w) = (
        b.local(cl),
        b.local(rcl),
        b.local(args),
        b.local(tb.i32_),
        b.local(fp),
        b.local(tb.i32_),
    );
    b.assign(
        place(c),
        Rvalue::Aggregate(AggregateKind::Closure(cl), vec![]),
    );
    b.assign(place(r), Rvalue::Ref(BorrowKind::Shared, place(c)));
    b.assign(
        place(tup),
        Rvalue::Aggregate(
            AggregateKind::Tuple,
            vec![cnst(tb.i32_, 50), cnst(tb.i32_, 8)],
        ),
    );
    b.intrinsic(
        Intrinsic::CallOverloaded,
        vec![],
        vec![copy(r), copy(tup)],
        place(v),
    );
    b.assign(
        place(f),
        Rvalue::Cast(CastKind::ClosureFnPointer, copy(c), fp),
    );
    b.call(
        Callee::FnPtr(copy(f), fp),
        vec![cnst(tb.i32_, 10), cnst(tb.i32_, 3)],
        place(w),
    );
    b.assign(place(v), Rvalue::BinaryOp(BinOp::Add, copy(v), copy(w)));
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 49);
}

#[test]
fn realloc_keeps_contents_and_copy_nonoverlapping() {
    let mut tb = Tb::new();
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let mut b = Bb::new("main", tb.unit, &[]);
    let (p, q, u, v) = (
        b.local(pu8),
        b.local(pu8),
        b.local(tb.unit),
        b.local(tb.u8_),
    );
    b.intrinsic(
        Intrinsic::Alloc,
        vec![],
        vec![cnst(tb.usize_, 2), cnst(tb.usize_, 1)],
        place(p),
    );
    b.assign(
        place(p).project(ProjElem::Deref),
        Rvalue::Use(cnst(tb.u8_, 11)),
    );
    b.intrinsic(
        Intrinsic::Realloc,
        vec![],
        vec![
            copy(p),
            cnst(tb.usize_, 2),
            cnst(tb.usize_, 1),
            cnst(tb.usize_, 8),
        ],
        place(q),
    );
    b.assign(
        place(p),
        Rvalue::BinaryOp(BinOp::Offset, copy(q), cnst(tb.usize_, 4)),
    );
    b.intrinsic(
        Intrinsic::CopyNonOverlapping,
        vec![tb.u8_],
        vec![copy(q), copy(p), cnst(tb.usize_, 1)],
        place(u),
    );
    b.assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(p).project(ProjElem::Deref))),
    );
    b.intrinsic(
        Intrinsic::Dealloc,
        vec![],
        vec![copy(q), cnst(tb.usize_, 8), cnst(tb.usize_, 1)],
        place(u),
    );
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 11);
}

/// `Box<dyn Tr>` dropped through its vtable: the concrete type's drop impl runs, then Box frees.
#[test]
fn box_dyn_drop_through_vtable() {
    let mut tb = Tb::new();
    let pu8 = tb.raw(tb.u8_, Mutability::Mut);
    let d = tb.strukt("D", vec![("0", tb.u8_)]);
    let rd = tb.ref_(d, Mutability::Mut);
    let drop_d = tb.declare("<D as Drop>::drop", None);
    tb.p.tys.tys[d.index()].drop_impl = Some(drop_d);
    tb.p.tys.tys[d.index()].flags.needs_drop = true;
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
    let dy = tb.dyn_("Tr");
    let box_drop = tb.declare("<Box<dyn Tr> as Drop>::drop", None);
    let bdyn = tb.box_(dy, Some(box_drop));
    let bd = tb.box_(d, None);
    let rbdyn = tb.ref_(bdyn, Mutability::Mut);
    {
        // Frees size_of_val/align_of_val of the pointee.
        let mut b = Bb::new("box_drop", tb.unit, &[rbdyn]);
        let raw_dyn = tb.raw(dy, Mutability::Not);
        let (fat, p, s, a, u) = (
            b.local(raw_dyn),
            b.local(pu8),
            b.local(tb.usize_),
            b.local(tb.usize_),
            b.local(tb.unit),
        );
        b.assign(
            place(fat),
            Rvalue::Use(Operand::Copy(
                place(b.arg(0))
                    .project(ProjElem::Deref)
                    .project(ProjElem::Field(0, raw_dyn)),
            )),
        );
        b.intrinsic(Intrinsic::SizeOfVal, vec![dy], vec![copy(fat)], place(s));
        b.intrinsic(Intrinsic::AlignOfVal, vec![dy], vec![copy(fat)], place(a));
        b.assign(place(p), Rvalue::Cast(CastKind::PtrToPtr, copy(fat), pu8));
        b.intrinsic(
            Intrinsic::Dealloc,
            vec![],
            vec![copy(p), copy(s), copy(a)],
            place(u),
        );
        b.ret();
        tb.define(box_drop, b.finish());
    }
    let vt = tb.p.add_vtable(VtableData {
        ty: d,
        methods: vec![],
    });
    let mut b = Bb::new("main", tb.unit, &[]);
    let (raw, x, y) = (b.local(pu8), b.local(bd), b.local(bdyn));
    b.intrinsic(
        Intrinsic::Alloc,
        vec![],
        vec![cnst(tb.usize_, 1), cnst(tb.usize_, 1)],
        place(raw),
    );
    b.assign(
        place(raw).project(ProjElem::Deref),
        Rvalue::Use(cnst(tb.u8_, b'z' as u128)),
    );
    b.assign(place(x), Rvalue::Cast(CastKind::Transmute, copy(raw), bd));
    b.assign(place(y), Rvalue::CastToDyn(copy(x), bdyn, vt));
    let next = BlockId(b.next_block().0 + 1);
    b.term(TerminatorKind::Drop {
        place: place(y),
        target: next,
    });
    b.ret();
    main_of(&mut tb, b);
    let (r, out, _) = tb.run();
    assert_eq!(r.exit_code, 0, "{:?}", r.diagnostics);
    assert_eq!(out, "z");
}

/// `#[repr(packed)] struct Packed { a: u8, b: u32 }`: field accesses are 1-aligned.
#[test]
fn packed_struct_fields() {
    let mut tb = Tb::new();
    let adt = AdtId::from_usize(tb.p.tys.adts.len());
    tb.p.tys.adts.push(AdtDef {
        path: "Packed".into(),
        kind: AdtKind::Struct,
    });
    let layout = Layout {
        fields: FieldsShape::Arbitrary {
            offsets: vec![0, 1],
        },
        ..prim(5, 1, None)
    };
    let pk = tb.ty(TyKind::Adt(adt, vec![tb.u8_, tb.u32_]), "Packed", layout);
    tb.p.tys.tys[pk.index()].variants = vec![VariantDef {
        name: "Packed".into(),
        discr: 0,
        field_names: vec!["a".into(), "b".into()],
        field_tys: vec![tb.u8_, tb.u32_],
    }];
    let mut b = Bb::new("main", tb.unit, &[]);
    let (p, v) = (b.local(pk), b.local(tb.u32_));
    b.assign(
        place(p),
        Rvalue::Aggregate(
            AggregateKind::Adt {
                ty: pk,
                variant: 0,
                active_field: None,
            },
            vec![cnst(tb.u8_, 1), cnst(tb.u32_, 40)],
        ),
    );
    b.assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(p).project(ProjElem::Field(1, tb.u32_)))),
    );
    b.assign(
        place(p).project(ProjElem::Field(1, tb.u32_)),
        Rvalue::BinaryOp(BinOp::Add, copy(v), cnst(tb.u32_, 2)),
    );
    b.assign(
        place(v),
        Rvalue::Use(Operand::Copy(place(p).project(ProjElem::Field(1, tb.u32_)))),
    );
    exit(&mut b, &tb, copy(v));
    assert_eq!(exit_code(tb, b), 42);
}
