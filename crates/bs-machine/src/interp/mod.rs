//! The interpreter: frames, the step loop, statements and terminators.
//!
//! Execution never recurses on the host stack for program calls: every call pushes a [`Frame`] and the
//! loop in [`Machine::run_until`] steps the innermost one. Drop glue runs as its own kind of frame
//! (a work list, see `call.rs`), so dropping deep structures is iterative too. Only constant and
//! static initialisers run nested (bounded by the stack limit).

mod arith;
mod call;
mod intrinsics;
mod place;
mod retag;
mod rvalue;
mod validity;
pub mod value;

use std::collections::HashMap;
use std::rc::Rc;

use bs_ir::{
    AssertMessage, BinOp, BlockId, Body, DiagKind, Diagnostic, Frame as DiagFrame, InstanceId,
    Lowerer, Program, Span, StatementKind, TerminatorKind, TyId,
};

use crate::error::{InterpResult, Stop, bug, ub};
use crate::memory::{AllocKind, Bytes, Memory, Pointer};
use crate::{Config, Io};

pub use arith::{float_binop, int_binop, int_unop};
pub use place::{Meta, NO_CAP, PlaceVal};
use value::TyInfo;

/// Facts about one lowered body, computed once.
pub struct BodyInfo {
    pub body: Rc<Body>,
    /// Locals without any `StorageLive`: allocated at frame entry (arguments and the return place
    /// always are).
    pub always_live: Vec<bool>,
}

/// Where a returning frame's value goes.
#[derive(Clone, Debug)]
pub enum RetDest {
    Place(PlaceVal),
    Discard,
}

pub struct BodyFrame {
    pub info: Rc<BodyInfo>,
    pub instance: InstanceId,
    pub locals: Vec<Option<Pointer>>,
    pub block: u32,
    pub stmt: u32,
    pub ret: RetDest,
    /// The block the caller continues at (`None`: the callee must not return).
    pub target: Option<BlockId>,
    /// The call site in the caller (for backtraces and `track_caller`).
    pub call_span: Span,
    /// Constant/static initialisers keep their locals alive (references into them may escape).
    pub keep_locals: bool,
    /// Called by a `Call` without target: returning is UB.
    pub must_not_return: bool,
}

pub struct GlueFrame {
    pub work: Vec<call::DropWork>,
    pub call_span: Span,
    pub ty: TyId,
}

pub enum Frame {
    Body(BodyFrame),
    Glue(GlueFrame),
}

impl Frame {
    fn call_span(&self) -> Span {
        match self {
            Frame::Body(f) => f.call_span,
            Frame::Glue(g) => g.call_span,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub enum StaticState {
    Uninit,
    Initializing(Pointer),
    Done(Pointer),
}

pub struct Machine<'a> {
    pub program: &'a mut Program,
    lowerer: &'a mut dyn Lowerer,
    io: &'a mut dyn Io,
    config: &'a Config,
    pub mem: Memory,
    pub stack: Vec<Frame>,
    steps: u64,
    cur_span: Span,
    tyinfo: Vec<TyInfo>,
    drop_cache: Vec<Option<bool>>,
    bodies: Vec<Option<Rc<BodyInfo>>>,
    fn_allocs: HashMap<(InstanceId, bool), Pointer>,
    vtable_allocs: Vec<Option<Pointer>>,
    statics: Vec<StaticState>,
    consts: HashMap<InstanceId, Rc<Bytes>>,
    locations: HashMap<Span, Pointer>,
    str_cache: HashMap<String, Pointer>,
    /// Extra diagnostics (warnings) collected during the run.
    pub warnings: Vec<Diagnostic>,
    /// `BS_TRACE=1`: print every executed statement and terminator (debugging aid).
    pub(crate) trace: bool,
}

impl<'a> Machine<'a> {
    pub fn new(
        program: &'a mut Program,
        lowerer: &'a mut dyn Lowerer,
        config: &'a Config,
        io: &'a mut dyn Io,
    ) -> Machine<'a> {
        let mem = Memory::new(
            config.memory_limit,
            config.provenance == crate::ProvenanceMode::Strict,
            crate::aliasing::make_model(config.model),
        );
        Machine {
            program,
            lowerer,
            io,
            config,
            mem,
            stack: Vec::new(),
            steps: 0,
            cur_span: Span::DUMMY,
            tyinfo: Vec::new(),
            drop_cache: Vec::new(),
            bodies: Vec::new(),
            fn_allocs: HashMap::new(),
            vtable_allocs: Vec::new(),
            statics: Vec::new(),
            consts: HashMap::new(),
            locations: HashMap::new(),
            str_cache: HashMap::new(),
            warnings: Vec::new(),
            trace: std::env::var_os("BS_TRACE").is_some(),
        }
    }

    /// Pushes the frame of `main` (its return value goes to a scratch allocation).
    pub fn start(&mut self, entry: InstanceId) -> InterpResult<()> {
        let info = self.body_info(entry)?;
        let Some(ret) = info.body.locals.first() else {
            return bug("main without return place");
        };
        let ty = ret.ty;
        let ptr = self.alloc_local(ty)?;
        self.call_instance(
            entry,
            Vec::new(),
            RetDest::Place(PlaceVal {
                ptr,
                meta: Meta::None,
                ty,
                variant: None,
                align: NO_CAP,
            }),
            None,
        )
    }

    /// Cached per-type facts.
    #[inline]
    pub fn info(&mut self, ty: TyId) -> InterpResult<TyInfo> {
        if let Some(i) = self.tyinfo.get(ty.index()) {
            return Ok(*i);
        }
        let n = self.program.tys.tys.len();
        if ty.index() >= n {
            return bug(format!("type id {} out of range", ty.0));
        }
        for i in self.tyinfo.len()..n {
            let t = TyInfo::compute(&self.program.tys, &self.program.tys.tys[i]);
            self.tyinfo.push(t);
        }
        Ok(self.tyinfo[ty.index()])
    }

    /// The type's data, or an internal-inconsistency error.
    #[inline]
    pub fn ty(&self, ty: TyId) -> InterpResult<&bs_ir::TyData> {
        match self.program.tys.tys.get(ty.index()) {
            Some(d) => Ok(d),
            None => bug(format!("type id {} out of range", ty.0)),
        }
    }

    pub fn body_info(&mut self, inst: InstanceId) -> InterpResult<Rc<BodyInfo>> {
        if let Some(Some(b)) = self.bodies.get(inst.index()) {
            return Ok(b.clone());
        }
        if inst.index() >= self.program.instances.len() {
            return bug(format!("instance id {} out of range", inst.0));
        }
        let body = match self.program.body(self.lowerer, inst) {
            Ok(b) => b,
            Err(e) => {
                self.cur_span = if e.span.is_dummy() {
                    self.cur_span
                } else {
                    e.span
                };
                return Err(Box::new(Stop::Unsupported(e.message)));
            }
        };
        // Debugging aid: `BS_DUMP_BODIES=1` prints every body the first time it is called.
        if std::env::var_os("BS_DUMP_BODIES").is_some() {
            eprintln!("{}", bs_ir::display::print_body(self.program, &body));
        }
        if let Err(e) = body.validate() {
            return bug(e);
        }
        let mut always_live = vec![true; body.locals.len()];
        for bb in &body.blocks {
            for s in &bb.statements {
                if let StatementKind::StorageLive(l) = &s.kind
                    && let Some(x) = always_live.get_mut(l.index())
                {
                    *x = false;
                }
            }
        }
        for a in 0..=body.arg_count as usize {
            if let Some(x) = always_live.get_mut(a) {
                *x = true;
            }
        }
        let info = Rc::new(BodyInfo { body, always_live });
        if self.bodies.len() <= inst.index() {
            self.bodies.resize(inst.index() + 1, None);
        }
        self.bodies[inst.index()] = Some(info.clone());
        Ok(info)
    }

    #[inline]
    fn frame(&self) -> InterpResult<&BodyFrame> {
        match self.stack.last() {
            Some(Frame::Body(f)) => Ok(f),
            _ => bug("no body frame"),
        }
    }

    #[inline]
    fn frame_mut(&mut self) -> InterpResult<&mut BodyFrame> {
        match self.stack.last_mut() {
            Some(Frame::Body(f)) => Ok(f),
            _ => bug("no body frame"),
        }
    }

    /// Runs until the stack is back to `depth` frames.
    pub fn run_until(&mut self, depth: usize) -> InterpResult<()> {
        while self.stack.len() > depth {
            self.step()?;
        }
        Ok(())
    }

    fn step(&mut self) -> InterpResult<()> {
        self.steps += 1;
        if let Some(limit) = self.config.step_limit
            && self.steps > limit
        {
            return Err(Box::new(Stop::Resource(format!(
                "step limit of {limit} steps reached"
            ))));
        }
        let (info, block, stmt) = match self.stack.last_mut() {
            Some(Frame::Body(f)) => {
                let s = f.stmt;
                f.stmt += 1;
                (f.info.clone(), f.block, s)
            }
            Some(Frame::Glue(_)) => return self.step_glue(),
            None => return Ok(()),
        };
        let Some(bb) = info.body.blocks.get(block as usize) else {
            return bug(format!("{}: missing block bb{block}", info.body.name));
        };
        if self.trace {
            match bb.statements.get(stmt as usize) {
                Some(s) => eprintln!(
                    "[{}] {}: bb{block}[{stmt}] {:?}",
                    self.stack.len(),
                    info.body.name,
                    s.kind
                ),
                None => eprintln!(
                    "[{}] {}: bb{block} {:?}",
                    self.stack.len(),
                    info.body.name,
                    bb.terminator.kind
                ),
            }
        }
        if let Some(s) = bb.statements.get(stmt as usize) {
            self.cur_span = s.span;
            self.exec_stmt(&s.kind)
        } else {
            self.cur_span = bb.terminator.span;
            self.exec_term(&bb.terminator.kind)
        }
    }

    fn exec_stmt(&mut self, kind: &StatementKind) -> InterpResult<()> {
        match kind {
            StatementKind::Assign(place, rv) => {
                let dest = self.eval_place(place)?;
                self.eval_rvalue_into(rv, &dest)
            }
            StatementKind::SetDiscriminant(place, v) => {
                let p = self.eval_place(place)?;
                self.write_discriminant(&p, *v)
            }
            StatementKind::StorageLive(l) => {
                let f = self.frame()?;
                let Some(decl) = f.info.body.locals.get(l.index()) else {
                    return bug("StorageLive of a missing local");
                };
                let ty = decl.ty;
                let old = f.locals.get(l.index()).copied().flatten();
                if let Some(p) = old
                    && let Some(id) = place::alloc_id(p)
                {
                    self.mem.free(id);
                }
                let p = self.alloc_local(ty)?;
                let f = self.frame_mut()?;
                f.locals[l.index()] = Some(p);
                Ok(())
            }
            StatementKind::StorageDead(l) => {
                let f = self.frame_mut()?;
                let old = f.locals.get_mut(l.index()).and_then(|x| x.take());
                if let Some(p) = old
                    && let Some(id) = place::alloc_id(p)
                {
                    self.mem.free(id);
                }
                Ok(())
            }
            StatementKind::Retag(kind, place) => {
                let p = self.eval_place(place)?;
                self.retag_place(*kind, &p)
            }
            StatementKind::Deinit(place) => {
                let p = self.eval_place(place)?;
                let (size, _) = self.size_align_of(p.ty, p.meta)?;
                self.mem.deinit(p.ptr, size)
            }
            StatementKind::Nop => Ok(()),
        }
    }

    pub(crate) fn alloc_local(&mut self, ty: TyId) -> InterpResult<Pointer> {
        let info = self.info(ty)?;
        if info.repr == value::Repr::Unsized {
            return crate::error::unsupported("unsized locals are not supported");
        }
        self.mem
            .allocate(info.size, info.align, AllocKind::Stack, Span::DUMMY)
    }

    fn goto(&mut self, b: BlockId) -> InterpResult<()> {
        let f = self.frame_mut()?;
        f.block = b.0;
        f.stmt = 0;
        Ok(())
    }

    fn exec_term(&mut self, kind: &TerminatorKind) -> InterpResult<()> {
        match kind {
            TerminatorKind::Goto(b) => self.goto(*b),
            TerminatorKind::SwitchInt {
                discr,
                targets,
                otherwise,
            } => {
                let ty = self.operand_ty(discr)?;
                let size = self.info(ty)?.size;
                let v = self.eval_operand_raw(discr)?.0;
                let Some(s) = v.scalar() else {
                    return bug("SwitchInt on a non-scalar");
                };
                let bits = value::trunc(s.bits, size);
                let mut next = *otherwise;
                for (val, b) in targets {
                    if value::trunc(*val, size) == bits {
                        next = *b;
                        break;
                    }
                }
                self.goto(next)
            }
            TerminatorKind::Return => self.do_return(),
            TerminatorKind::Unreachable => ub("entering unreachable code"),
            TerminatorKind::Drop { place, target } => {
                let p = self.eval_place(place)?;
                self.goto(*target)?;
                self.start_drop(p)
            }
            TerminatorKind::Call {
                callee,
                args,
                dest,
                target,
            } => self.exec_call(callee, args, dest, *target),
            TerminatorKind::Assert {
                cond,
                expected,
                msg,
                target,
            } => {
                let v = self.eval_operand_raw(cond)?.0;
                let Some(s) = v.scalar() else {
                    return bug("Assert on a non-scalar");
                };
                if (s.bits != 0) == *expected {
                    return self.goto(*target);
                }
                let msg = self.assert_message(msg)?;
                Err(Box::new(Stop::Panic {
                    msg,
                    location: self.describe_span(self.caller_span()),
                }))
            }
        }
    }

    fn assert_message(&mut self, msg: &AssertMessage) -> InterpResult<String> {
        Ok(match msg {
            AssertMessage::Overflow(op) => {
                let what = match op {
                    BinOp::Add | BinOp::AddWithOverflow => "add",
                    BinOp::Sub | BinOp::SubWithOverflow => "subtract",
                    BinOp::Mul | BinOp::MulWithOverflow => "multiply",
                    BinOp::Div => "divide",
                    BinOp::Rem => "calculate the remainder",
                    BinOp::Shl => "shift left",
                    BinOp::Shr => "shift right",
                    _ => "compute",
                };
                format!("attempt to {what} with overflow")
            }
            AssertMessage::OverflowNeg => "attempt to negate with overflow".to_string(),
            AssertMessage::DivisionByZero => "attempt to divide by zero".to_string(),
            AssertMessage::RemainderByZero => {
                "attempt to calculate the remainder with a divisor of zero".to_string()
            }
            AssertMessage::BoundsCheck { len, index } => {
                let l = self.eval_operand(len)?.scalar().map_or(0, |s| s.bits);
                let i = self.eval_operand(index)?.scalar().map_or(0, |s| s.bits);
                format!("index out of bounds: the len is {l} but the index is {i}")
            }
            AssertMessage::Other(s) => s.clone(),
        })
    }

    /// `FILE:LINE:COL` of a span.
    pub fn describe_span(&self, span: Span) -> Option<String> {
        let (file, lc) = self.program.sources.describe(span)?;
        Some(format!("{file}:{}:{}", lc.line, lc.col))
    }

    /// The function names and spans of the stack, innermost first.
    pub fn backtrace(&self) -> Vec<DiagFrame> {
        let mut out = Vec::new();
        let mut span = self.cur_span;
        for f in self.stack.iter().rev() {
            let function = match f {
                Frame::Body(b) => self
                    .program
                    .instances
                    .get(b.instance.index())
                    .map_or_else(|| b.info.body.name.clone(), |i| i.name.clone()),
                Frame::Glue(g) => {
                    format!(
                        "std::ptr::drop_in_place::<{}>",
                        self.program
                            .tys
                            .tys
                            .get(g.ty.index())
                            .map_or("?", |t| t.name.as_str())
                    )
                }
            };
            out.push(DiagFrame { function, span });
            span = f.call_span();
        }
        out
    }

    /// Turns a stop into the diagnostic for the current position.
    pub fn diagnostic(&self, stop: &Stop) -> (i32, Option<Diagnostic>) {
        // Like Miri, point at the innermost frame in the user's code: errors inside the model
        // library (e.g. a dangling read in `ptr::read`) are reported at the user's call.
        // Unlike Miri, the backtrace keeps the library frames (they explain model-library bugs).
        let bt = self.backtrace();
        let is_user = |s: Span| {
            self.program
                .sources
                .file(s.file)
                .is_some_and(|f| !f.is_library)
        };
        let span = bt
            .iter()
            .find(|f| is_user(f.span))
            .or(bt.first())
            .map_or(self.cur_span, |f| f.span);
        let mk = |kind: DiagKind, title: String| {
            let mut d = Diagnostic::new(kind, title, span, "");
            d.backtrace = bt.clone();
            d
        };
        match stop {
            Stop::Ub(msg) => {
                let mut d = mk(DiagKind::Ub, msg.clone());
                d.primary.message = msg.clone();

                (1, Some(d))
            }
            Stop::Unsupported(msg) => (3, Some(mk(DiagKind::Unsupported, msg.clone()))),
            Stop::Panic { msg, location } => {
                let mut d = mk(DiagKind::Panic, msg.clone());
                d.notes.push(
                    location
                        .clone()
                        .or_else(|| self.describe_span(span))
                        .unwrap_or_else(|| "<unknown>".into()),
                );
                (101, Some(d))
            }
            Stop::Exit(c) => (*c, None),
            Stop::Abort => (
                134,
                Some(mk(
                    DiagKind::Error,
                    "abnormal termination: the program aborted execution".into(),
                )),
            ),
            Stop::Resource(msg) => (4, Some(mk(DiagKind::ResourceLimit, msg.clone()))),
        }
    }

    /// Leak check at normal exit: live heap allocations not reachable from globals.
    pub fn leaks(&self) -> Vec<Diagnostic> {
        use std::collections::HashSet;
        let mut reachable: HashSet<u64> = HashSet::new();
        let mut todo: Vec<crate::memory::AllocId> = self
            .mem
            .live()
            .filter(|(_, a)| matches!(a.kind, AllocKind::Static))
            .map(|(id, _)| id)
            .collect();
        while let Some(id) = todo.pop() {
            if !reachable.insert(id.0) {
                continue;
            }
            if let Some(a) = self.mem.get(id) {
                for (_, p) in &a.prov {
                    if let crate::memory::Provenance::Concrete { alloc, .. } = p {
                        todo.push(*alloc);
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (id, a) in self.mem.live() {
            if a.kind == AllocKind::Heap && !reachable.contains(&id.0) {
                let mut d = Diagnostic::new(
                    DiagKind::Leak,
                    format!(
                        "memory leaked: {id} (Rust heap, size: {}, align: {}), allocated here:",
                        a.size, a.align
                    ),
                    a.span,
                    "",
                );
                d.notes.push(
                    "pass `-Zmiri-ignore-leaks` to `borrowscope run` to disable this check".into(),
                );
                out.push(d);
            }
        }
        out
    }
}
