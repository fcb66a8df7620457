//! The textual form of the IR, printed by `borrowscope mir` (and usable in golden tests).
//!
//! The format follows rustc's MIR dumps so that people who read `-Zdump-mir` output feel at home:
//!
//! ```text
//! fn main::add(_1: i32, _2: i32) -> i32 {
//!     let mut _0: i32;
//!     let _3: (i32, bool);
//!
//!     bb0: {
//!         _3 = AddWithOverflow(copy _1, copy _2);
//!         assert(!copy (_3.1: bool), "attempt to add with overflow") -> bb1;
//!     }
//!
//!     bb1: {
//!         _0 = move (_3.0: i32);
//!         return;
//!     }
//! }
//! ```
//!
//! Ids print as they are written (`_3`, `bb1`), types with their rustc spelling (`TyData::name`).
//! Differences from rustc: retags show their kind (`Retag([fn entry] _1)`), two-phase borrows print as
//! `&mut (2phase) _1`, and calls name their callee by instance name (or `intrinsic::Name`). The
//! printer never panics on a malformed body: out-of-range ids print as `?<id>`.

use std::fmt::Write;

use crate::{
    AggregateKind, AssertMessage, BinOp, Body, BorrowKind, Callee, CastKind, Const, ConstKind,
    LocalId, Mutability, Operand, Place, Program, ProjElem, RetagKind, Rvalue, StatementKind,
    StaticInit, TerminatorKind, TyId, TyKind, UnOp,
};

/// Prints one body in the rustc-MIR-like text format.
pub fn print_body(program: &Program, body: &Body) -> String {
    let p = Printer { program };
    let mut out = String::new();
    let args: Vec<String> = body
        .args()
        .map(|l| format!("{}: {}", local_name(l), p.local_ty(body, l)))
        .collect();
    let ret = p.local_ty(body, LocalId(0));
    let _ = writeln!(out, "fn {}({}) -> {} {{", body.name, args.join(", "), ret);
    for (i, decl) in body.locals.iter().enumerate() {
        if i >= 1 && i <= body.arg_count as usize {
            continue;
        }
        let mutability = if i == 0 || decl.mutable { "mut " } else { "" };
        let _ = write!(out, "    let {mutability}_{i}: {};", p.ty(decl.ty));
        if let Some(name) = &decl.name {
            let _ = write!(out, " // {name}");
        }
        out.push('\n');
    }
    for (i, bb) in body.blocks.iter().enumerate() {
        let _ = writeln!(out, "\n    bb{i}: {{");
        for stmt in &bb.statements {
            let _ = writeln!(out, "        {}", p.statement(body, &stmt.kind));
        }
        let _ = writeln!(out, "        {}", p.terminator(body, &bb.terminator.kind));
        out.push_str("    }\n");
    }
    out.push_str("}\n");
    out
}

fn local_name(l: LocalId) -> String {
    format!("_{}", l.0)
}

struct Printer<'a> {
    program: &'a Program,
}

impl Printer<'_> {
    fn ty(&self, ty: TyId) -> String {
        match self.program.tys.tys.get(ty.index()) {
            Some(data) => data.name.clone(),
            None => format!("?ty{}", ty.0),
        }
    }

    fn local_ty(&self, body: &Body, l: LocalId) -> String {
        match body.locals.get(l.index()) {
            Some(decl) => self.ty(decl.ty),
            None => format!("?local{}", l.0),
        }
    }

    fn instance(&self, id: crate::InstanceId) -> String {
        match self.program.instances.get(id.index()) {
            Some(data) => data.name.clone(),
            None => format!("?instance{}", id.0),
        }
    }

    /// The element type of an array or slice, or the pointee of a pointer (for place types).
    fn element(&self, ty: Option<TyId>) -> Option<TyId> {
        let data = self.program.tys.tys.get(ty?.index())?;
        match &data.kind {
            TyKind::Array(e, _) | TyKind::Slice(e) => Some(*e),
            _ => None,
        }
    }

    fn place(&self, body: &Body, place: &Place) -> String {
        let mut s = local_name(place.local);
        let mut ty = body.locals.get(place.local.index()).map(|d| d.ty);
        for elem in &place.projection {
            match elem {
                ProjElem::Deref => {
                    s = format!("(*{s})");
                    ty = ty.and_then(|t| {
                        if t.index() < self.program.tys.tys.len() {
                            self.program.tys.pointee(t)
                        } else {
                            None
                        }
                    });
                }
                ProjElem::Field(n, fty) => {
                    s = format!("({s}.{n}: {})", self.ty(*fty));
                    ty = Some(*fty);
                }
                ProjElem::Index(i) => {
                    s = format!("{s}[{}]", local_name(*i));
                    ty = self.element(ty);
                }
                ProjElem::ConstantIndex {
                    offset,
                    min_length,
                    from_end,
                } => {
                    let minus = if *from_end { "-" } else { "" };
                    s = format!("{s}[{minus}{offset} of {min_length}]");
                    ty = self.element(ty);
                }
                ProjElem::Subslice { from, to, from_end } => {
                    let minus = if *from_end { "-" } else { "" };
                    s = format!("{s}[{from}:{minus}{to}]");
                }
                ProjElem::Downcast(v) => {
                    let name = ty
                        .and_then(|t| self.program.tys.tys.get(t.index()))
                        .and_then(|d| d.variants.get(*v as usize))
                        .map_or_else(|| format!("variant#{v}"), |var| var.name.clone());
                    s = format!("({s} as {name})");
                }
            }
        }
        s
    }

    fn constant(&self, c: &Const) -> String {
        let Some(data) = self.program.tys.tys.get(c.ty.index()) else {
            return format!("const ?ty{}", c.ty.0);
        };
        match &c.kind {
            ConstKind::Scalar(bits) => match &data.kind {
                TyKind::Bool => format!("const {}", *bits != 0),
                TyKind::Char => match char::from_u32(*bits as u32) {
                    Some(ch) => format!("const {ch:?}"),
                    None => format!("const {bits:#x}_char"),
                },
                TyKind::Int(int) => {
                    let size = u32::from(int.size()) * 8;
                    if int.signed() {
                        let shift = 128 - size;
                        let v = ((*bits as i128) << shift) >> shift;
                        format!("const {v}_{}", int.name())
                    } else {
                        format!("const {bits}_{}", int.name())
                    }
                }
                TyKind::Float(crate::FloatTy::F32) => {
                    format!("const {:?}_f32", f32::from_bits(*bits as u32))
                }
                TyKind::Float(crate::FloatTy::F64) => {
                    format!("const {:?}_f64", f64::from_bits(*bits as u64))
                }
                _ => format!("const {bits:#x}: {}", data.name),
            },
            ConstKind::ZeroSized => match &data.kind {
                TyKind::FnDef(inst) => format!("const {}", self.instance(*inst)),
                TyKind::Tuple(fields) if fields.is_empty() => "const ()".to_string(),
                _ => format!("const ZeroSized: {}", data.name),
            },
            ConstKind::Bytes(st) => match self.program.statics.get(st.index()).map(|s| &s.init) {
                Some(StaticInit::Bytes(bytes)) => match std::str::from_utf8(bytes) {
                    Ok(text) => format!("const {text:?}"),
                    Err(_) => format!("const b{:?}", String::from_utf8_lossy(bytes)),
                },
                _ => format!("const bytes#{}", st.0),
            },
            ConstKind::Unevaluated(inst) => format!("const {}", self.instance(*inst)),
            ConstKind::StaticRef(st) => match self.program.statics.get(st.index()) {
                Some(s) => format!("const &{}", s.name),
                None => format!("const &static#{}", st.0),
            },
            ConstKind::FnPtr(inst) => format!("const fn_ptr({})", self.instance(*inst)),
        }
    }

    fn operand(&self, body: &Body, op: &Operand) -> String {
        match op {
            Operand::Copy(p) => format!("copy {}", self.place(body, p)),
            Operand::Move(p) => format!("move {}", self.place(body, p)),
            Operand::Const(c) => self.constant(c),
        }
    }

    fn operands(&self, body: &Body, ops: &[Operand]) -> String {
        ops.iter()
            .map(|o| self.operand(body, o))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn rvalue(&self, body: &Body, rv: &Rvalue) -> String {
        match rv {
            Rvalue::Use(op) => self.operand(body, op),
            Rvalue::Repeat(op, n) => format!("[{}; {n}]", self.operand(body, op)),
            Rvalue::Ref(kind, p) => {
                let prefix = match kind {
                    BorrowKind::Shared => "&",
                    BorrowKind::Mut => "&mut ",
                    BorrowKind::TwoPhaseMut => "&mut (2phase) ",
                    BorrowKind::Fake => "&fake ",
                };
                format!("{prefix}{}", self.place(body, p))
            }
            Rvalue::RawPtr(m, p) => {
                let m = match m {
                    Mutability::Not => "const",
                    Mutability::Mut => "mut",
                };
                format!("&raw {m} {}", self.place(body, p))
            }
            Rvalue::Len(p) => format!("Len({})", self.place(body, p)),
            Rvalue::Cast(kind, op, ty) => {
                format!(
                    "{} as {} ({})",
                    self.operand(body, op),
                    self.ty(*ty),
                    cast_kind(*kind)
                )
            }
            Rvalue::CastToDyn(op, ty, vt) => {
                format!(
                    "{} as {} (Unsize, vtable#{})",
                    self.operand(body, op),
                    self.ty(*ty),
                    vt.0
                )
            }
            Rvalue::BinaryOp(op, a, b) => {
                format!(
                    "{}({}, {})",
                    bin_op(*op),
                    self.operand(body, a),
                    self.operand(body, b)
                )
            }
            Rvalue::UnaryOp(op, a) => {
                let name = match op {
                    UnOp::Not => "Not",
                    UnOp::Neg => "Neg",
                    UnOp::PtrMetadata => "PtrMetadata",
                };
                format!("{name}({})", self.operand(body, a))
            }
            Rvalue::Discriminant(p) => format!("discriminant({})", self.place(body, p)),
            Rvalue::Aggregate(kind, ops) => self.aggregate(body, kind, ops),
            Rvalue::CopyForDeref(p) => format!("CopyForDeref({})", self.place(body, p)),
            Rvalue::NullaryOp(op, ty) => {
                let name = match op {
                    crate::NullOp::SizeOf => "SizeOf",
                    crate::NullOp::AlignOf => "AlignOf",
                };
                format!("{name}({})", self.ty(*ty))
            }
        }
    }

    fn aggregate(&self, body: &Body, kind: &AggregateKind, ops: &[Operand]) -> String {
        match kind {
            AggregateKind::Tuple => format!("({})", self.operands(body, ops)),
            AggregateKind::Array(_) => format!("[{}]", self.operands(body, ops)),
            AggregateKind::Closure(ty) => {
                format!("{{closure {}}}({})", self.ty(*ty), self.operands(body, ops))
            }
            AggregateKind::RawPtr(ty) => {
                format!("{} from ({})", self.ty(*ty), self.operands(body, ops))
            }
            AggregateKind::Adt {
                ty,
                variant,
                active_field,
            } => {
                let Some(data) = self.program.tys.tys.get(ty.index()) else {
                    return format!("?ty{}({})", ty.0, self.operands(body, ops));
                };
                let var = data.variants.get(*variant as usize);
                let head = match (&data.kind, var) {
                    (TyKind::Adt(adt, _), Some(v))
                        if self
                            .program
                            .tys
                            .adts
                            .get(adt.index())
                            .is_some_and(|a| a.kind == crate::AdtKind::Enum) =>
                    {
                        format!("{}::{}", data.name, v.name)
                    }
                    _ => data.name.clone(),
                };
                let names = var.map(|v| v.field_names.as_slice()).unwrap_or(&[]);
                let named = !names.is_empty() && names.iter().all(|n| n.parse::<u32>().is_err());
                if let Some(field) = active_field {
                    let name = names
                        .get(*field as usize)
                        .cloned()
                        .unwrap_or_else(|| field.to_string());
                    return format!("{head} {{ {name}: {} }}", self.operands(body, ops));
                }
                if ops.is_empty() {
                    head
                } else if named && names.len() == ops.len() {
                    let fields: Vec<String> = names
                        .iter()
                        .zip(ops)
                        .map(|(n, o)| format!("{n}: {}", self.operand(body, o)))
                        .collect();
                    format!("{head} {{ {} }}", fields.join(", "))
                } else {
                    format!("{head}({})", self.operands(body, ops))
                }
            }
        }
    }

    fn statement(&self, body: &Body, kind: &StatementKind) -> String {
        match kind {
            StatementKind::Assign(p, rv) => {
                format!("{} = {};", self.place(body, p), self.rvalue(body, rv))
            }
            StatementKind::SetDiscriminant(p, v) => {
                format!("discriminant({}) = {v};", self.place(body, p))
            }
            StatementKind::StorageLive(l) => format!("StorageLive({});", local_name(*l)),
            StatementKind::StorageDead(l) => format!("StorageDead({});", local_name(*l)),
            StatementKind::Retag(kind, p) => {
                let prefix = match kind {
                    RetagKind::FnEntry => "[fn entry] ",
                    RetagKind::Default => "",
                    RetagKind::TwoPhase => "[2phase] ",
                    RetagKind::Raw => "[raw] ",
                };
                format!("Retag({prefix}{});", self.place(body, p))
            }
            StatementKind::Deinit(p) => format!("Deinit({});", self.place(body, p)),
            StatementKind::Nop => "nop;".to_string(),
        }
    }

    fn terminator(&self, body: &Body, kind: &TerminatorKind) -> String {
        match kind {
            TerminatorKind::Goto(b) => format!("goto -> bb{};", b.0),
            TerminatorKind::SwitchInt {
                discr,
                targets,
                otherwise,
            } => {
                let mut arms: Vec<String> = targets
                    .iter()
                    .map(|(v, b)| format!("{v}: bb{}", b.0))
                    .collect();
                arms.push(format!("otherwise: bb{}", otherwise.0));
                format!(
                    "switchInt({}) -> [{}];",
                    self.operand(body, discr),
                    arms.join(", ")
                )
            }
            TerminatorKind::Return => "return;".to_string(),
            TerminatorKind::Unreachable => "unreachable;".to_string(),
            TerminatorKind::Drop { place, target } => {
                format!("drop({}) -> bb{};", self.place(body, place), target.0)
            }
            TerminatorKind::Call {
                callee,
                args,
                dest,
                target,
            } => {
                let callee = match callee {
                    Callee::Direct(inst) => self.instance(*inst),
                    Callee::Virtual(slot) => format!("<virtual #{slot}>"),
                    Callee::FnPtr(op, _) => self.operand(body, op),
                    Callee::Intrinsic(intr, tys) => {
                        let name = match intr {
                            crate::Intrinsic::Unsupported(name) => format!("unsupported::{name}"),
                            other => format!("{other:?}"),
                        };
                        if tys.is_empty() {
                            format!("intrinsic::{name}")
                        } else {
                            let tys: Vec<String> = tys.iter().map(|t| self.ty(*t)).collect();
                            format!("intrinsic::{name}::<{}>", tys.join(", "))
                        }
                    }
                };
                let call = format!(
                    "{} = {callee}({})",
                    self.place(body, dest),
                    self.operands(body, args)
                );
                match target {
                    Some(b) => format!("{call} -> bb{};", b.0),
                    None => format!("{call} -> !;"),
                }
            }
            TerminatorKind::Assert {
                cond,
                expected,
                msg,
                target,
            } => {
                let not = if *expected { "" } else { "!" };
                format!(
                    "assert({not}{}, {:?}) -> bb{};",
                    self.operand(body, cond),
                    self.assert_message(body, msg),
                    target.0
                )
            }
        }
    }

    fn assert_message(&self, body: &Body, msg: &AssertMessage) -> String {
        match msg {
            AssertMessage::Overflow(op) => {
                let verb = match op {
                    BinOp::Add | BinOp::AddWithOverflow => "add",
                    BinOp::Sub | BinOp::SubWithOverflow => "subtract",
                    BinOp::Mul | BinOp::MulWithOverflow => "multiply",
                    BinOp::Div => "divide",
                    BinOp::Rem => "calculate the remainder",
                    BinOp::Shl => "shift left",
                    BinOp::Shr => "shift right",
                    _ => "compute",
                };
                format!("attempt to {verb} with overflow")
            }
            AssertMessage::OverflowNeg => "attempt to negate with overflow".to_string(),
            AssertMessage::DivisionByZero => "attempt to divide by zero".to_string(),
            AssertMessage::RemainderByZero => {
                "attempt to calculate the remainder with a divisor of zero".to_string()
            }
            AssertMessage::BoundsCheck { len, index } => format!(
                "index out of bounds: the len is {{{}}} but the index is {{{}}}",
                self.operand(body, len),
                self.operand(body, index)
            ),
            AssertMessage::Other(s) => s.clone(),
        }
    }
}

fn cast_kind(kind: CastKind) -> &'static str {
    match kind {
        CastKind::IntToInt => "IntToInt",
        CastKind::IntToFloat => "IntToFloat",
        CastKind::FloatToInt => "FloatToInt",
        CastKind::FloatToFloat => "FloatToFloat",
        CastKind::PtrToPtr => "PtrToPtr",
        CastKind::PointerExposeAddress => "PointerExposeProvenance",
        CastKind::PointerWithExposedProvenance => "PointerWithExposedProvenance",
        CastKind::Unsize => "PointerCoercion(Unsize)",
        CastKind::ReifyFnPointer => "PointerCoercion(ReifyFnPointer)",
        CastKind::ClosureFnPointer => "PointerCoercion(ClosureFnPointer)",
        CastKind::Transmute => "Transmute",
    }
}

fn bin_op(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mul",
        BinOp::Div => "Div",
        BinOp::Rem => "Rem",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::BitOr => "BitOr",
        BinOp::Shl => "Shl",
        BinOp::Shr => "Shr",
        BinOp::Eq => "Eq",
        BinOp::Lt => "Lt",
        BinOp::Le => "Le",
        BinOp::Ne => "Ne",
        BinOp::Ge => "Ge",
        BinOp::Gt => "Gt",
        BinOp::Cmp => "Cmp",
        BinOp::Offset => "Offset",
        BinOp::AddWithOverflow => "AddWithOverflow",
        BinOp::SubWithOverflow => "SubWithOverflow",
        BinOp::MulWithOverflow => "MulWithOverflow",
    }
}
