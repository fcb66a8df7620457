//! A small builder for hand-written IR programs: types with rustc-like layouts, bodies block by block,
//! and a lowerer that serves pre-built bodies.

use std::rc::Rc;

use bs_ir::*;

use crate::{Config, Io, RunResult};

pub const S: Span = Span {
    file: FileId(0),
    lo: 0,
    hi: 1,
};

/// Span `n` of the test source (line n+1, column 1).
pub fn line(n: u32) -> Span {
    Span {
        file: FileId(0),
        lo: n * 10,
        hi: n * 10 + 5,
    }
}

#[allow(dead_code)]
pub struct Tb {
    pub p: Program,
    pub unit: TyId,
    pub bool_: TyId,
    pub i32_: TyId,
    pub u32_: TyId,
    pub u8_: TyId,
    pub usize_: TyId,
    pub isize_: TyId,
    pub i64_: TyId,
    pub char_: TyId,
    pub never: TyId,
}

fn scalar(size: u8, signed: bool, start: u128, end: u128, pointer: bool) -> Option<Scalar> {
    Some(Scalar {
        size,
        signed,
        valid_start: start,
        valid_end: end,
        pointer,
    })
}

pub fn prim(size: u64, align: u64, sc: Option<Scalar>) -> Layout {
    Layout::primitive(size, align, sc)
}

impl Tb {
    pub fn new() -> Tb {
        let mut p = Program::default();
        // Ten lines of source so spans resolve to line n+1.
        let text: String = (0..40).map(|_| "123456789\n").collect();
        p.sources
            .add(SourceFile::new("test.rs".into(), text, false));
        let mut add = |kind: TyKind, name: &str, layout: Layout| {
            p.tys.push(TyData {
                kind,
                name: name.into(),
                layout,
                flags: TyFlags {
                    unpin: true,
                    ..Default::default()
                },
                variants: vec![],
                drop_impl: None,
            })
        };
        let unit = add(
            TyKind::Tuple(vec![]),
            "()",
            Layout {
                fields: FieldsShape::Arbitrary { offsets: vec![] },
                ..prim(0, 1, None)
            },
        );
        let bool_ = add(
            TyKind::Bool,
            "bool",
            prim(1, 1, scalar(1, false, 0, 1, false)),
        );
        let i32_ = add(
            TyKind::Int(IntTy::I32),
            "i32",
            prim(4, 4, scalar(4, true, 0, u32::MAX as u128, false)),
        );
        let u32_ = add(
            TyKind::Int(IntTy::U32),
            "u32",
            prim(4, 4, scalar(4, false, 0, u32::MAX as u128, false)),
        );
        let u8_ = add(
            TyKind::Int(IntTy::U8),
            "u8",
            prim(1, 1, scalar(1, false, 0, 255, false)),
        );
        let usize_ = add(
            TyKind::Int(IntTy::Usize),
            "usize",
            prim(8, 8, scalar(8, false, 0, u64::MAX as u128, false)),
        );
        let isize_ = add(
            TyKind::Int(IntTy::Isize),
            "isize",
            prim(8, 8, scalar(8, true, 0, u64::MAX as u128, false)),
        );
        let i64_ = add(
            TyKind::Int(IntTy::I64),
            "i64",
            prim(8, 8, scalar(8, true, 0, u64::MAX as u128, false)),
        );
        let char_ = add(
            TyKind::Char,
            "char",
            prim(4, 4, scalar(4, false, 0, 0x10FFFF, false)),
        );
        let never = add(
            TyKind::Never,
            "!",
            Layout {
                uninhabited: true,
                ..prim(0, 1, None)
            },
        );
        p.tys.common = CommonTys {
            unit: Some(unit),
            bool: Some(bool_),
            usize: Some(usize_),
            isize: Some(isize_),
            u8: Some(u8_),
        };
        Tb {
            p,
            unit,
            bool_,
            i32_,
            u32_,
            u8_,
            usize_,
            isize_,
            i64_,
            char_,
            never,
        }
    }

    pub fn ty(&mut self, kind: TyKind, name: &str, layout: Layout) -> TyId {
        self.p.tys.push(TyData {
            kind,
            name: name.into(),
            layout,
            flags: TyFlags {
                unpin: true,
                ..Default::default()
            },
            variants: vec![],
            drop_impl: None,
        })
    }

    fn size_align(&self, t: TyId) -> (u64, u64) {
        let l = &self.p.tys.get(t).layout;
        (l.size, l.align)
    }

    /// C-like field placement in declaration order.
    pub fn place_fields(&self, fields: &[TyId]) -> (Vec<u64>, u64, u64) {
        let mut off: u64 = 0;
        let mut align: u64 = 1;
        let mut offs = vec![];
        for f in fields {
            let (s, a) = self.size_align(*f);
            off = off.div_ceil(a) * a;
            offs.push(off);
            off += s;
            align = align.max(a);
        }
        (offs, off.div_ceil(align) * align, align)
    }

    pub fn tuple(&mut self, fields: Vec<TyId>) -> TyId {
        let (offsets, size, align) = self.place_fields(&fields);
        let name = format!(
            "({})",
            fields
                .iter()
                .map(|f| self.p.tys.get(*f).name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let nd = fields.iter().any(|f| self.p.tys.get(*f).flags.needs_drop);
        let t = self.ty(
            TyKind::Tuple(fields),
            &name,
            Layout {
                fields: FieldsShape::Arbitrary { offsets },
                ..prim(size, align, None)
            },
        );
        self.p.tys.tys[t.index()].flags.needs_drop = nd;
        t
    }

    pub fn strukt(&mut self, name: &str, fields: Vec<(&str, TyId)>) -> TyId {
        let tys: Vec<TyId> = fields.iter().map(|f| f.1).collect();
        let (offsets, size, align) = self.place_fields(&tys);
        let adt = AdtId::from_usize(self.p.tys.adts.len());
        self.p.tys.adts.push(AdtDef {
            path: name.into(),
            kind: AdtKind::Struct,
        });
        let nd = tys.iter().any(|f| self.p.tys.get(*f).flags.needs_drop);
        let t = self.ty(
            TyKind::Adt(adt, tys.clone()),
            name,
            Layout {
                fields: FieldsShape::Arbitrary { offsets },
                ..prim(size, align, None)
            },
        );
        let d = &mut self.p.tys.tys[t.index()];
        d.variants = vec![VariantDef {
            name: name.into(),
            discr: 0,
            field_names: fields.iter().map(|f| f.0.to_string()).collect(),
            field_tys: tys,
        }];
        d.flags.needs_drop = nd;
        t
    }

    /// A fieldless enum with a direct u8 tag and the given discriminants.
    pub fn fieldless_enum(&mut self, name: &str, variants: &[(&str, i128)]) -> TyId {
        let adt = AdtId::from_usize(self.p.tys.adts.len());
        self.p.tys.adts.push(AdtDef {
            path: name.into(),
            kind: AdtKind::Enum,
        });
        let tag = Scalar {
            size: 1,
            signed: false,
            valid_start: 0,
            valid_end: variants.len() as u128 - 1,
            pointer: false,
        };
        let vls = variants
            .iter()
            .map(|_| Layout {
                fields: FieldsShape::Arbitrary { offsets: vec![] },
                ..prim(1, 1, None)
            })
            .collect();
        let layout = Layout {
            fields: FieldsShape::Arbitrary { offsets: vec![0] },
            variants: Variants::Multiple {
                tag,
                encoding: TagEncoding::Direct,
                tag_offset: 0,
                variants: vls,
            },
            ..prim(1, 1, Some(tag))
        };
        let t = self.ty(TyKind::Adt(adt, vec![]), name, layout);
        self.p.tys.tys[t.index()].variants = variants
            .iter()
            .map(|(n, d)| VariantDef {
                name: n.to_string(),
                discr: *d,
                field_names: vec![],
                field_tys: vec![],
            })
            .collect();
        t
    }

    pub fn ptr_layout(&self, pointee: TyId, nonnull: bool) -> Layout {
        let sized = self.p.tys.get(pointee).layout.sized;
        let start = if nonnull { 1 } else { 0 };
        if sized {
            prim(8, 8, scalar(8, false, start, u64::MAX as u128, true))
        } else {
            Layout {
                fields: FieldsShape::Arbitrary {
                    offsets: vec![0, 8],
                },
                ..prim(16, 8, None)
            }
        }
    }

    pub fn ref_(&mut self, pointee: TyId, m: Mutability) -> TyId {
        let l = self.ptr_layout(pointee, true);
        let name = format!(
            "&{}{}",
            if m == Mutability::Mut { "mut " } else { "" },
            self.p.tys.get(pointee).name
        );
        let t = self.ty(TyKind::Ref(pointee, m), &name, l);
        self.p.tys.tys[t.index()].flags.has_retag_fields = true;
        t
    }

    pub fn raw(&mut self, pointee: TyId, m: Mutability) -> TyId {
        let l = self.ptr_layout(pointee, false);
        let name = format!(
            "*{} {}",
            if m == Mutability::Mut { "mut" } else { "const" },
            self.p.tys.get(pointee).name
        );
        self.ty(TyKind::RawPtr(pointee, m), &name, l)
    }

    pub fn array(&mut self, elem: TyId, n: u64) -> TyId {
        let (s, a) = self.size_align(elem);
        let name = format!("[{}; {n}]", self.p.tys.get(elem).name);
        let nd = self.p.tys.get(elem).flags.needs_drop;
        let t = self.ty(
            TyKind::Array(elem, n),
            &name,
            Layout {
                fields: FieldsShape::Array {
                    stride: s,
                    count: n,
                },
                ..prim(s * n, a, None)
            },
        );
        self.p.tys.tys[t.index()].flags.needs_drop = nd && n > 0;
        t
    }

    pub fn slice(&mut self, elem: TyId) -> TyId {
        let (s, a) = self.size_align(elem);
        let name = format!("[{}]", self.p.tys.get(elem).name);
        let nd = self.p.tys.get(elem).flags.needs_drop;
        let t = self.ty(
            TyKind::Slice(elem),
            &name,
            Layout {
                sized: false,
                fields: FieldsShape::Array {
                    stride: s,
                    count: 0,
                },
                ..prim(0, a, None)
            },
        );
        self.p.tys.tys[t.index()].flags.needs_drop = nd;
        t
    }

    pub fn dyn_(&mut self, name: &str) -> TyId {
        let tr = TraitId::from_usize(self.p.tys.traits.len());
        self.p.tys.traits.push(TraitDef { path: name.into() });
        let t = self.ty(
            TyKind::Dyn(tr),
            &format!("dyn {name}"),
            Layout {
                sized: false,
                ..prim(0, 1, None)
            },
        );
        self.p.tys.tys[t.index()].flags.needs_drop = true;
        t
    }

    pub fn fn_ptr(&mut self, inputs: Vec<TyId>, output: TyId) -> TyId {
        let name = format!(
            "fn({}) -> {}",
            inputs
                .iter()
                .map(|f| self.p.tys.get(*f).name.clone())
                .collect::<Vec<_>>()
                .join(", "),
            self.p.tys.get(output).name
        );
        self.ty(
            TyKind::FnPtr(FnSig {
                inputs,
                output,
                unsafety: false,
            }),
            &name,
            prim(8, 8, scalar(8, false, 1, u64::MAX as u128, true)),
        )
    }

    /// `Box<T>` as the model std has it: `struct Box<T>(*const T)` with a drop impl.
    pub fn box_(&mut self, pointee: TyId, drop_impl: Option<InstanceId>) -> TyId {
        let raw = self.raw(pointee, Mutability::Not);
        let l = self.ptr_layout(pointee, true);
        let adt = AdtId::from_usize(self.p.tys.adts.len());
        self.p.tys.adts.push(AdtDef {
            path: "Box".into(),
            kind: AdtKind::Struct,
        });
        let name = format!("Box<{}>", self.p.tys.get(pointee).name);
        let l = Layout {
            fields: FieldsShape::Arbitrary { offsets: vec![0] },
            ..l
        };
        let t = self.ty(TyKind::Adt(adt, vec![raw]), &name, l);
        let d = &mut self.p.tys.tys[t.index()];
        d.variants = vec![VariantDef {
            name: "Box".into(),
            discr: 0,
            field_names: vec!["0".into()],
            field_tys: vec![raw],
        }];
        d.flags.is_box = true;
        d.flags.needs_drop = true;
        d.flags.has_retag_fields = true;
        d.drop_impl = drop_impl;
        t
    }

    pub fn declare(&mut self, name: &str, sig: Option<TyId>) -> InstanceId {
        self.p.add_instance(InstanceData {
            name: name.into(),
            kind: InstanceKind::Item,
            span: S,
            sig_ty: sig,
        })
    }

    pub fn define(&mut self, inst: InstanceId, body: Body) {
        self.p.bodies[inst.index()] = Some(Rc::new(body));
    }

    pub fn run(self) -> (RunResult, String, String) {
        self.run_with(&Config::default())
    }

    pub fn run_with(mut self, config: &Config) -> (RunResult, String, String) {
        let mut io = TestIo::default();
        let mut lowerer = NoLowerer;
        let r = crate::run(&mut self.p, &mut lowerer, config, &mut io);
        (
            r,
            String::from_utf8_lossy(&io.out).into_owned(),
            String::from_utf8_lossy(&io.err).into_owned(),
        )
    }
}

pub struct NoLowerer;
impl Lowerer for NoLowerer {
    fn lower_body(
        &mut self,
        program: &mut Program,
        instance: InstanceId,
    ) -> Result<Body, LowerError> {
        Err(LowerError {
            message: format!("no body for `{}`", program.instances[instance.index()].name),
            span: Span::DUMMY,
        })
    }
}

#[derive(Default)]
pub struct TestIo {
    pub out: Vec<u8>,
    pub err: Vec<u8>,
}
impl Io for TestIo {
    fn stdout(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }
    fn stderr(&mut self, bytes: &[u8]) {
        self.err.extend_from_slice(bytes);
    }
}

/// Builds one body block by block. Statements go to the current block; `term` closes it.
pub struct Bb {
    pub body: Body,
    cur: Vec<Statement>,
    span: Span,
}

pub fn place(l: LocalId) -> Place {
    Place::local(l)
}
pub fn copy(l: LocalId) -> Operand {
    Operand::Copy(Place::local(l))
}
#[allow(dead_code)]
pub fn mov(l: LocalId) -> Operand {
    Operand::Move(Place::local(l))
}
pub fn cnst(ty: TyId, v: u128) -> Operand {
    Operand::Const(Const {
        ty,
        kind: ConstKind::Scalar(v),
    })
}
#[allow(dead_code)]
pub fn zst(ty: TyId) -> Operand {
    Operand::Const(Const {
        ty,
        kind: ConstKind::ZeroSized,
    })
}

impl Bb {
    /// A body returning `ret` with the given argument types.
    pub fn new(name: &str, ret: TyId, args: &[TyId]) -> Bb {
        let mut locals = vec![LocalDecl {
            ty: ret,
            name: None,
            span: S,
            mutable: true,
        }];
        for a in args {
            locals.push(LocalDecl {
                ty: *a,
                name: None,
                span: S,
                mutable: false,
            });
        }
        Bb {
            body: Body {
                name: name.into(),
                locals,
                arg_count: args.len() as u32,
                blocks: vec![],
                span: S,
                track_caller: false,
            },
            cur: vec![],
            span: S,
        }
    }
    pub fn local(&mut self, ty: TyId) -> LocalId {
        self.body.locals.push(LocalDecl {
            ty,
            name: None,
            span: S,
            mutable: true,
        });
        LocalId::from_usize(self.body.locals.len() - 1)
    }
    pub fn arg(&self, i: u32) -> LocalId {
        LocalId(i + 1)
    }
    /// Sets the span of the following statements.
    pub fn at(&mut self, span: Span) -> &mut Self {
        self.span = span;
        self
    }
    pub fn stmt(&mut self, kind: StatementKind) -> &mut Self {
        self.cur.push(Statement {
            kind,
            span: self.span,
        });
        self
    }
    pub fn assign(&mut self, p: Place, rv: Rvalue) -> &mut Self {
        self.stmt(StatementKind::Assign(p, rv))
    }
    /// The id the next closed block will get.
    pub fn next_block(&self) -> BlockId {
        BlockId::from_usize(self.body.blocks.len())
    }
    pub fn term(&mut self, kind: TerminatorKind) -> BlockId {
        let b = self.next_block();
        self.body.blocks.push(BasicBlock {
            statements: std::mem::take(&mut self.cur),
            terminator: Terminator {
                kind,
                span: self.span,
            },
        });
        b
    }
    pub fn ret(&mut self) -> BlockId {
        self.term(TerminatorKind::Return)
    }
    /// A call whose continuation is the next block.
    pub fn call(&mut self, callee: Callee, args: Vec<Operand>, dest: Place) -> BlockId {
        let next = BlockId(self.next_block().0 + 1);
        self.term(TerminatorKind::Call {
            callee,
            args,
            dest,
            target: Some(next),
        })
    }
    pub fn intrinsic(
        &mut self,
        i: Intrinsic,
        generics: Vec<TyId>,
        args: Vec<Operand>,
        dest: Place,
    ) -> BlockId {
        self.call(Callee::Intrinsic(i, generics), args, dest)
    }
    pub fn finish(self) -> Body {
        self.body
    }
}
