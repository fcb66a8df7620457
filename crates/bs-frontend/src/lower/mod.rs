//! Lowering typed HIR (rust-analyzer's `Body` + `InferenceResult`) to borrowscope's IR, one instance
//! at a time, on demand.
//!
//! The shape follows rustc's MIR building (`rustc_mir_build`): expressions are lowered *into* a
//! destination place, *as* a place, or *as* an operand; rust-analyzer's recorded adjustments
//! (autoderef, autoref, unsizing, never-to-any, fn-pointer coercions) are applied in order on top.
//! Unlike rust-analyzer's own MIR we elaborate drops (with drop flags, see `builder`), emit overflow
//! and bounds `Assert`s, two-phase borrows, raw borrows, explicit retags and builtin comparisons of
//! the pointees of references.
//!
//! Modules: `builder` (blocks, scopes, drop elaboration), `expr` (value expressions), `place` (place
//! expressions and adjustments), `call` (calls, method calls, overloaded operators), `ops` (builtin
//! operators with their panics), `pattern` (pattern matching and bindings), `closure` (closure values
//! and bodies), `shim` (bodies without HIR: fn-pointer and closure shims, constructors, derives).

mod builder;
mod call;
mod closure;
mod derive;
mod expr;
mod ops;
mod pattern;
mod place;
mod shim;

use std::collections::HashMap;

use ra_ap_hir_def::{
    CallableDefId, DefWithBodyId, FunctionId, HasModule, Lookup,
    expr_store::Body as HirBody,
    hir::{BindingId, ExprId, LabelId, Pat, PatId},
    resolver::{HasResolver, Resolver},
};
use ra_ap_hir_ty::{
    InferenceResult,
    db::HirDatabase,
    next_solver::{DbInterner, Region, Ty},
};
use ra_ap_rustc_type_ir::inherent::Ty as _;

use bs_ir::{
    Body, Const, ConstKind, LocalId, LowerError, Operand, Place, ProjElem, RetagKind, Rvalue, Span,
    StatementKind, TerminatorKind, TyId, TyKind,
};

use crate::cx::{Cx, InstanceKey};

use builder::{BodyBuilder, ScopeEntry};

pub(crate) type R<T> = Result<T, LowerError>;

/// Lowers the body of one instance.
/// Keys whose bodies are built outside the lowering (`crate::entry`).
fn unreachable_key(key: &InstanceKey) -> Result<Body, LowerError> {
    Err(LowerError {
        message: format!("internal: {key:?} is not lowered here"),
        span: bs_ir::Span::DUMMY,
    })
}

pub fn lower_instance(cx: &mut Cx, key: &InstanceKey) -> Result<Body, LowerError> {
    match key {
        InstanceKey::Fn(f, _) => {
            let name = fn_display_name(cx, *f);
            lower_hir_body(cx, DefWithBodyId::FunctionId(*f), name, None)
        }
        InstanceKey::Const(c, _) => {
            lower_hir_body(cx, DefWithBodyId::ConstId(*c), "const".into(), None)
        }
        InstanceKey::Static(s) => {
            lower_hir_body(cx, DefWithBodyId::StaticId(*s), "static".into(), None)
        }
        InstanceKey::Closure(id, _) => closure::lower_closure_body(cx, *id),
        InstanceKey::Start(_) | InstanceKey::BuiltinClone(_) => unreachable_key(key),
        InstanceKey::FnPtrShim(ty) => shim::fn_ptr_shim(cx, ty.as_ref()),
        InstanceKey::ClosureOnceShim(body) => shim::closure_once_shim(cx, *body),
        InstanceKey::Ctor(variant, args) => shim::ctor_shim(cx, *variant, args.as_ref()),
        InstanceKey::DeriveMethod(imp, method, args) => {
            shim::derive_method(cx, *imp, *method, args.as_ref())
        }
    }
}

fn fn_display_name(cx: &Cx, f: FunctionId) -> String {
    let sig = ra_ap_hir_def::signatures::FunctionSignature::of(cx.db, f);
    sig.name.as_str().to_string()
}

/// `#[track_caller]` is not among rust-analyzer's attribute flags: read it from the syntax.
fn has_track_caller(cx: &Cx, f: FunctionId) -> bool {
    use ra_ap_hir_def::src::HasSource;
    use ra_ap_syntax::{AstNode, ast::HasAttrs};
    let src = f.lookup(cx.db).source(cx.db);
    src.value.attrs().any(|a| {
        a.path()
            .is_some_and(|p| p.syntax().text() == "track_caller")
    })
}

/// A place with its IR type.
#[derive(Clone, Debug)]
pub(crate) struct PlaceT {
    pub place: Place,
    pub ty: TyId,
}

impl PlaceT {
    pub fn local(local: LocalId, ty: TyId) -> PlaceT {
        PlaceT {
            place: Place::local(local),
            ty,
        }
    }
}

/// The target of `break`/`continue`.
pub(crate) struct LoopCtx {
    pub label: Option<LabelId>,
    /// `None` for labeled blocks (no `continue`).
    pub continue_to: Option<bs_ir::BlockId>,
    pub break_to: bs_ir::BlockId,
    pub dest: PlaceT,
    pub scope_depth: usize,
    pub is_loop: bool,
}

/// State of one body's lowering.
pub(super) struct Lower<'c, 'a, 'db> {
    pub cx: &'c mut Cx<'a, 'db>,
    pub owner: DefWithBodyId,
    pub hir: &'db HirBody,
    pub infer: &'db InferenceResult<'db>,
    pub resolver: Resolver<'db>,
    pub b: BodyBuilder,
    pub bindings: HashMap<BindingId, LocalId>,
    pub loops: Vec<LoopCtx>,
    /// Set when lowering a closure body: how captured variables are reached.
    pub closure: Option<closure::ClosureEnv<'db>>,
    /// rust-analyzer types of interned ids (for `Copy` queries).
    pub rtys: HashMap<TyId, Ty<'db>>,
    pub unit: TyId,
    pub bool_ty: TyId,
    pub usize_ty: TyId,
    pub ret_ty: TyId,
    /// The function span (for compiler-generated code).
    pub fn_span: Span,
    /// Inside a condition (`if`/`while` condition, `let` chain): values created here exist only on
    /// some paths out of the enclosing scope, so their drops always go through drop flags.
    pub cond_depth: u32,
    /// An unsupported construct found where no error can be returned; reported when the body is
    /// finished.
    pub deferred_error: Option<LowerError>,
    /// For each block being lowered, the scope enclosing it (where `super let` bindings live).
    pub block_outer: Vec<usize>,
    /// `&expr` expressions whose temporary is extended, with the scope it lives in.
    pub extend: HashMap<ExprId, usize>,
    /// While lowering the operand of an extending borrow: the scope its temporaries belong to.
    pub temp_override: Option<usize>,
}

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    pub fn new(cx: &'c mut Cx<'a, 'db>, owner: DefWithBodyId) -> R<Self> {
        let db = cx.db;
        let hir = HirBody::of(db, owner);
        let infer = InferenceResult::of(db, owner);
        let resolver = owner.resolver(db);
        let interner = cx.mono.interner;
        let unit = cx.intern_ty(Ty::new_unit(interner))?;
        let bool_ty = cx.intern_ty(Ty::new_bool(interner))?;
        let usize_ty = cx.intern_ty(Ty::new_usize(interner))?;
        let fn_span = cx.span_of_def(owner);
        Ok(Lower {
            cx,
            owner,
            hir,
            infer,
            resolver,
            b: BodyBuilder::new(bool_ty),
            bindings: HashMap::new(),
            loops: Vec::new(),
            closure: None,
            rtys: HashMap::new(),
            unit,
            bool_ty,
            usize_ty,
            ret_ty: unit,
            fn_span,
            cond_depth: 0,
            deferred_error: None,
            block_outer: Vec::new(),
            extend: HashMap::new(),
            temp_override: None,
        })
    }

    pub fn db(&self) -> &'db dyn HirDatabase {
        self.cx.db
    }

    pub fn interner(&self) -> DbInterner<'db> {
        self.cx.mono.interner
    }

    pub fn tys(&self) -> &bs_ir::TyTable {
        &self.cx.program.tys
    }

    pub fn tydata(&self, ty: TyId) -> &bs_ir::TyData {
        self.cx.program.tys.get(ty)
    }

    /// Monomorphizes and interns a rust-analyzer type.
    pub fn ty(&mut self, rty: Ty<'db>) -> R<TyId> {
        let m = self.cx.mono_ty(rty);
        let id = self.cx.intern_ty(m)?;
        self.rtys.entry(id).or_insert(m);
        Ok(id)
    }

    pub fn mono(&self, rty: Ty<'db>) -> Ty<'db> {
        self.cx.mono_ty(rty)
    }

    pub fn expr_rty(&self, e: ExprId) -> Ty<'db> {
        self.mono(self.infer.expr_ty(e))
    }

    /// The type of an expression before its adjustments.
    pub fn expr_ty(&mut self, e: ExprId) -> R<TyId> {
        self.ty(self.infer.expr_ty(e))
    }

    pub fn pat_ty(&mut self, p: PatId) -> R<TyId> {
        self.ty(self.infer.pat_ty(p))
    }

    pub fn span(&self, e: ExprId) -> Span {
        let s = self.cx.span_of_expr(self.owner, e);
        if s.is_dummy() { self.fn_span } else { s }
    }

    pub fn pat_span(&self, p: PatId) -> Span {
        let s = self.cx.span_of_pat(self.owner, p);
        if s.is_dummy() { self.fn_span } else { s }
    }

    pub fn unsupported(&self, what: impl Into<String>, span: Span) -> LowerError {
        self.cx.unsupported(what, span)
    }

    pub fn needs_drop(&self, ty: TyId) -> bool {
        self.tydata(ty).flags.needs_drop
    }

    /// Whether values of the type are `Copy` (decides `copy` vs `move` operands).
    pub fn is_copy(&self, ty: TyId) -> bool {
        if let Some(rty) = self.rtys.get(&ty) {
            return self
                .cx
                .mono
                .infcx
                .type_is_copy_modulo_regions(self.cx.mono.env.param_env, *rty);
        }
        let d = self.tydata(ty);
        match &d.kind {
            TyKind::Bool | TyKind::Char | TyKind::Int(_) | TyKind::Float(_) | TyKind::Never => true,
            TyKind::RawPtr(..) | TyKind::FnPtr(_) | TyKind::FnDef(_) => true,
            TyKind::Ref(_, m) => *m == bs_ir::Mutability::Not,
            TyKind::Tuple(f) | TyKind::Closure(_, f) => f.clone().iter().all(|t| self.is_copy(*t)),
            TyKind::Array(t, _) => self.is_copy(*t),
            // ADTs: the solver answered above when it could; otherwise treat as not `Copy` (moves).
            _ => false,
        }
    }

    /// The instance of a `const` item; associated consts of traits resolve to the impl's.
    pub fn const_instance(
        &mut self,
        c: ra_ap_hir_def::ConstId,
        args: ra_ap_hir_ty::next_solver::GenericArgs<'db>,
    ) -> R<bs_ir::InstanceId> {
        let args = self.cx.mono_args(args);
        let (c, args) = ra_ap_hir_ty::method_resolution::lookup_impl_const(
            &self.cx.mono.infcx,
            self.cx.mono.env.param_env,
            c,
            args,
        );
        self.cx.const_item(c, args)
    }

    // ----- temporaries and statements -----

    /// A fresh temporary with `StorageLive` here and `StorageDead` at the end of the current scope.
    pub fn temp(&mut self, ty: TyId, span: Span) -> LocalId {
        let l = self.b.new_local(ty, None, span, true);
        if self.is_trivial_zst(ty) {
            // `()` results of calls and the like: live for the whole function, no storage markers.
            return l;
        }
        self.b.push(StatementKind::StorageLive(l), span);
        self.b.schedule(ScopeEntry {
            local: l,
            drop: false,
            storage: true,
        });
        l
    }

    /// A zero-sized type without drop glue (`()`, `!`, fn items, capture-less closures): its
    /// temporaries need no storage markers.
    fn is_trivial_zst(&self, ty: TyId) -> bool {
        let d = self.tydata(ty);
        d.layout.sized && d.layout.size == 0 && !d.flags.needs_drop && !d.flags.has_retag_fields
    }

    /// A temporary initialised by `init`, whose value is dropped at the end of the current scope
    /// (if it needs drop and was not moved out). It is scheduled for drop only once initialised, so
    /// that an early exit inside `init` (`return`, `?`, `break`) does not drop it.
    pub fn temp_init(
        &mut self,
        ty: TyId,
        span: Span,
        init: impl FnOnce(&mut Self, &PlaceT) -> R<()>,
    ) -> R<PlaceT> {
        let target = self.temp_override;
        let l = self.b.new_local(ty, None, span, true);
        let p = PlaceT::local(l, ty);
        if self.is_trivial_zst(ty) {
            init(self, &p)?;
            return Ok(p);
        }
        self.b.push(StatementKind::StorageLive(l), span);
        let drop = self.needs_drop(ty);
        if drop && self.cond_depth > 0 {
            self.b.mark_moved(&Place::local(l), span);
        }
        init(self, &p)?;
        let entry = ScopeEntry {
            local: l,
            drop,
            storage: true,
        };
        match target {
            Some(k) if k < self.b.scopes.len() => self.b.scopes[k].entries.push(entry),
            _ => self.b.schedule(entry),
        }
        Ok(p)
    }

    /// `place = rvalue`, marking the initialisation and retagging references/boxes in the new value.
    pub fn assign(&mut self, place: &PlaceT, rv: Rvalue, span: Span) {
        let retag = match &rv {
            Rvalue::Ref(bs_ir::BorrowKind::TwoPhaseMut, _) => Some(RetagKind::TwoPhase),
            Rvalue::RawPtr(..) => Some(RetagKind::Raw),
            _ if builder::retag_kind_needed(self.tys(), place.ty) => Some(RetagKind::Default),
            _ => None,
        };
        self.b
            .push(StatementKind::Assign(place.place.clone(), rv), span);
        if self.needs_drop(place.ty) {
            self.b.mark_init(&place.place, span);
        }
        if let Some(kind) = retag {
            self.b
                .push(StatementKind::Retag(kind, place.place.clone()), span);
        }
    }

    /// Reads the place as an operand: a copy for `Copy` types, otherwise a move (recorded for drop
    /// elaboration). Moving a value out of a `Box` (`*b`) frees the box right away (its contents
    /// are gone, so its drop at scope end would be wrong); a move of a *part* of a box's contents is
    /// not supported.
    pub fn operand_of(&mut self, p: &PlaceT, span: Span) -> Operand {
        if self.is_copy(p.ty) {
            return Operand::Copy(p.place.clone());
        }
        if self.needs_drop(p.ty)
            && let Some(pos) = p
                .place
                .projection
                .iter()
                .position(|e| matches!(e, ProjElem::Deref))
        {
            let base = Place {
                local: p.place.local,
                projection: p.place.projection[..pos].to_vec(),
            };
            let base_ty = self.place_ty_of(&base);
            if let Some(bt) = base_ty
                && self.tydata(bt).flags.is_box
            {
                if pos + 1 == p.place.projection.len() {
                    match self.move_out_of_box(p, base, bt, span) {
                        Ok(op) => return op,
                        Err(e) => self.deferred_error.get_or_insert(e),
                    };
                } else {
                    match self.move_path_into_box(p, pos, bt, span) {
                        Ok(true) => return Operand::Move(p.place.clone()),
                        Ok(false) => {
                            let e = self
                                .unsupported("moving a part of a `Box`'s contents out of it", span);
                            self.deferred_error.get_or_insert(e);
                        }
                        Err(e) => {
                            self.deferred_error.get_or_insert(e);
                        }
                    }
                }
            }
        }
        if self.needs_drop(p.ty) {
            self.b.mark_moved(&p.place, span);
        }
        Operand::Move(p.place.clone())
    }

    /// `t = move *b; <Box as Drop>::drop(&mut b)` (frees the allocation only); `b` counts as moved.
    fn move_out_of_box(&mut self, p: &PlaceT, base: Place, box_ty: TyId, span: Span) -> R<Operand> {
        let Some(free) = self.tydata(box_ty).drop_impl else {
            return Err(self.unsupported("moving out of a `Box` without a `Drop` impl", span));
        };
        let t = self.temp(p.ty, span);
        self.assign(
            &PlaceT::local(t, p.ty),
            Rvalue::Use(Operand::Move(p.place.clone())),
            span,
        );
        let rty = self.ref_ty_of(box_ty, bs_ir::Mutability::Mut, false)?;
        let r = self.temp(rty, span);
        self.assign(
            &PlaceT::local(r, rty),
            Rvalue::Ref(bs_ir::BorrowKind::Mut, base.clone()),
            span,
        );
        let unit = self.unit;
        let out = self.temp(unit, span);
        self.call(
            bs_ir::Callee::Direct(free),
            vec![Operand::Move(Place::local(r))],
            &PlaceT::local(out, unit),
            span,
        );
        self.b.mark_moved(&base, span);
        Ok(Operand::Move(Place::local(t)))
    }

    /// A move of fields out of a `Box`'s contents (`(*b).f`, `b.f.g`…): recorded as a move path
    /// through the box, so that the box's remaining fields are dropped and the box is freed at scope
    /// end. `false` if the place is not of that shape.
    fn move_path_into_box(&mut self, p: &PlaceT, pos: usize, box_ty: TyId, span: Span) -> R<bool> {
        let mut path = Vec::new();
        for (i, e) in p.place.projection.iter().enumerate() {
            match e {
                ProjElem::Field(f, _) => path.push(*f),
                ProjElem::Deref if i == pos => path.push(builder::DEREF_STEP),
                _ => return Ok(false),
            }
        }
        let Some(free) = self.tydata(box_ty).drop_impl else {
            return Ok(false);
        };
        let Some(pointee) = self.pointee(box_ty) else {
            return Ok(false);
        };
        if !self.b.box_frees.contains_key(&box_ty) {
            let rty = self.ref_ty_of(box_ty, bs_ir::Mutability::Mut, false)?;
            let unit = self.unit;
            self.b.box_frees.insert(box_ty, (rty, free, unit, pointee));
        }
        self.b.mark_moved_path(p.place.local, path, span);
        Ok(true)
    }

    /// The type of a place made of fields and derefs (from the local's declared type).
    pub fn place_ty_of(&self, place: &Place) -> Option<TyId> {
        let mut ty = self.b.locals.get(place.local.index())?.ty;
        let mut variant = 0;
        for e in &place.projection {
            ty = match e {
                ProjElem::Deref => self.pointee(ty)?,
                ProjElem::Field(_, t) => {
                    variant = 0;
                    *t
                }
                ProjElem::Downcast(v) => {
                    variant = *v;
                    ty
                }
                ProjElem::Index(_) | ProjElem::ConstantIndex { .. } | ProjElem::Subslice { .. } => {
                    match &self.tydata(ty).kind {
                        TyKind::Array(t, _) | TyKind::Slice(t) => *t,
                        _ => return None,
                    }
                }
            };
        }
        let _ = variant;
        Some(ty)
    }

    pub fn const_scalar(&self, ty: TyId, bits: u128) -> Operand {
        Operand::Const(Const {
            ty,
            kind: ConstKind::Scalar(bits),
        })
    }

    pub fn const_zst(&self, ty: TyId) -> Operand {
        Operand::Const(Const {
            ty,
            kind: ConstKind::ZeroSized,
        })
    }

    pub fn const_bool(&self, v: bool) -> Operand {
        self.const_scalar(self.bool_ty, v as u128)
    }

    pub fn const_usize(&self, v: u64) -> Operand {
        self.const_scalar(self.usize_ty, v as u128)
    }

    /// `&T` / `&mut T` / `*const T` of an IR type, interned through rust-analyzer.
    pub fn ref_ty_of(&mut self, pointee: TyId, m: bs_ir::Mutability, raw: bool) -> R<TyId> {
        let Some(rty) = self.rty_of(pointee) else {
            return Err(self.unsupported("reference to a type without a source type", self.fn_span));
        };
        let interner = self.interner();
        let m = match m {
            bs_ir::Mutability::Not => ra_ap_hir_ty::next_solver::Mutability::Not,
            bs_ir::Mutability::Mut => ra_ap_hir_ty::next_solver::Mutability::Mut,
        };
        let t = if raw {
            Ty::new_ptr(interner, rty, m)
        } else {
            Ty::new_ref(interner, Region::new_erased(interner), rty, m)
        };
        self.ty(t)
    }

    /// The rust-analyzer type behind an IR type id, if known.
    pub fn rty_of(&self, ty: TyId) -> Option<Ty<'db>> {
        if let Some(t) = self.rtys.get(&ty) {
            return Some(*t);
        }
        // Search the frontend's interning map (ids are unique per type).
        self.cx
            .state
            .tys
            .iter()
            .find(|(_, id)| **id == ty)
            .map(|(k, _)| k.as_ref())
    }

    /// The pointee type of a reference/pointer/Box type.
    pub fn pointee(&self, ty: TyId) -> Option<TyId> {
        self.tys().pointee(ty)
    }

    pub fn field_ty(&self, ty: TyId, variant: u32, field: u32) -> Option<TyId> {
        let d = self.tydata(ty);
        match &d.kind {
            TyKind::Tuple(f) | TyKind::Closure(_, f) => f.get(field as usize).copied(),
            TyKind::Adt(..) => d
                .variants
                .get(variant as usize)
                .and_then(|v| v.field_tys.get(field as usize))
                .copied(),
            _ => None,
        }
    }

    // ----- scopes -----

    pub fn push_scope(&mut self) {
        self.b.push_scope();
    }

    pub fn pop_scope(&mut self, span: Span) {
        let tys = &self.cx.program.tys;
        let nd = |t: TyId| tys.get(t).flags.needs_drop;
        self.b.pop_scope(span, &nd);
    }

    pub fn exit_scopes_to(&mut self, depth: usize, span: Span) {
        let tys = &self.cx.program.tys;
        let nd = |t: TyId| tys.get(t).flags.needs_drop;
        self.b.exit_scopes_to(depth, span, &nd);
    }

    /// Declares the local of a user binding (StorageLive here, dropped at the end of the scope).
    pub fn declare_binding(&mut self, bid: BindingId, span: Span) -> R<LocalId> {
        if let Some(&l) = self.bindings.get(&bid) {
            // Bindings in `|` alternatives share one local: declared once per path, scheduled once.
            self.b.push(StatementKind::StorageLive(l), span);
            let scheduled = self
                .b
                .scopes
                .last()
                .is_some_and(|s| s.entries.iter().any(|e| e.local == l));
            if !scheduled {
                let drop = self.needs_drop(self.b.locals[l.index()].ty);
                if drop && self.cond_depth > 0 {
                    self.b.mark_moved(&Place::local(l), span);
                }
                self.b.schedule(ScopeEntry {
                    local: l,
                    drop,
                    storage: true,
                });
            }
            return Ok(l);
        }
        let rty = self.infer.binding_ty(bid);
        let ty = self.ty(rty)?;
        let binding = &self.hir[bid];
        let name = binding.name.as_str().to_string();
        let mutable = matches!(
            binding.mode,
            ra_ap_hir_def::hir::BindingAnnotation::Mutable
                | ra_ap_hir_def::hir::BindingAnnotation::RefMut
        );
        let l = self.b.new_local(ty, Some(name), span, mutable);
        self.bindings.insert(bid, l);
        self.b.push(StatementKind::StorageLive(l), span);
        let drop = self.needs_drop(ty);
        if drop && self.cond_depth > 0 {
            self.b.mark_moved(&Place::local(l), span);
        }
        self.b.schedule(ScopeEntry {
            local: l,
            drop,
            storage: true,
        });
        Ok(l)
    }

    /// Finishes the body.
    pub fn finish(self, name: String, arg_count: u32, span: Span, track_caller: bool) -> R<Body> {
        if let Some(e) = self.deferred_error {
            return Err(e);
        }
        let tys = &self.cx.program.tys;
        let ft = |t: TyId| builder::struct_field_tys(tys, t);
        let nd = |t: TyId| tys.get(t).flags.needs_drop;
        let (locals, blocks) = self.b.finish(&ft, &nd);
        Ok(Body {
            name,
            locals,
            arg_count,
            blocks,
            span,
            track_caller,
        })
    }

    /// Ends the body: drops everything in scope and returns.
    pub fn return_here(&mut self, span: Span) {
        self.exit_scopes_to(0, span);
        self.b.diverge(TerminatorKind::Return, span);
    }
}

/// Lowers a fn, const or static body with a HIR body.
fn lower_hir_body(cx: &mut Cx, owner: DefWithBodyId, name: String, _unused: Option<()>) -> R<Body> {
    let mut l = Lower::new(cx, owner)?;
    let span = l.fn_span;
    let hir = l.hir;
    let db = l.db();
    let root = hir.root_expr();
    // The return type: the declared one for fns, the item type for consts/statics.
    let ret_rty = match owner {
        DefWithBodyId::FunctionId(f) => {
            let sig = db.callable_item_signature(CallableDefId::FunctionId(f));
            l.interner()
                .instantiate_bound_regions_with_erased(sig.instantiate_identity().skip_norm_wip())
                .output()
        }
        DefWithBodyId::ConstId(c) => match db.value_ty(c.into()) {
            Some(t) => t.instantiate_identity().skip_norm_wip(),
            None => l.infer.expr_ty(root),
        },
        DefWithBodyId::StaticId(s) => match db.value_ty(s.into()) {
            Some(t) => t.instantiate_identity().skip_norm_wip(),
            None => l.infer.expr_ty(root),
        },
        _ => l.infer.expr_ty(root),
    };
    let ret_ty = l.ty(ret_rty)?;
    l.ret_ty = ret_ty;
    l.b.new_local(ret_ty, None, span, true);
    // Arguments.
    let mut arg_locals = Vec::new();
    if let Some(sp) = hir.self_param {
        let bid = sp.formal;
        let ty = l.ty(l.infer.binding_ty(bid))?;
        let bspan = l.cx.span_of_binding(owner, bid);
        let mutable = matches!(
            hir[bid].mode,
            ra_ap_hir_def::hir::BindingAnnotation::Mutable
        );
        let local = l.b.new_local(ty, Some("self".into()), bspan, mutable);
        l.bindings.insert(bid, local);
        arg_locals.push((local, ty, None));
    }
    for p in hir.params.iter() {
        let pat = p.formal;
        let ty = l.pat_ty(pat)?;
        let pspan = l.pat_span(pat);
        let simple = match &hir[pat] {
            Pat::Bind { id, subpat: None }
                if matches!(
                    l.infer.binding_mode(pat),
                    None | Some(ra_ap_hir_ty::BindingMode(ra_ap_hir_ty::ByRef::No, _))
                ) =>
            {
                Some(*id)
            }
            _ => None,
        };
        match simple {
            Some(bid) => {
                let name = hir[bid].name.as_str().to_string();
                let mutable = matches!(
                    hir[bid].mode,
                    ra_ap_hir_def::hir::BindingAnnotation::Mutable
                );
                let local = l.b.new_local(ty, Some(name), pspan, mutable);
                l.bindings.insert(bid, local);
                arg_locals.push((local, ty, None));
            }
            None => {
                let local = l.b.new_local(ty, None, pspan, false);
                arg_locals.push((local, ty, Some(pat)));
            }
        }
    }
    let arg_count = arg_locals.len() as u32;
    l.enter_args(&arg_locals, span)?;
    // The body.
    let dest = PlaceT::local(bs_ir::RETURN_PLACE, ret_ty);
    l.expr_into(root, &dest)?;
    l.return_here(span);
    let track_caller = match owner {
        DefWithBodyId::FunctionId(f) => has_track_caller(l.cx, f),
        _ => false,
    };
    let _ = HasModule::module(&owner, db);
    l.finish(name, arg_count, span, track_caller)
}

impl<'c, 'a, 'db> Lower<'c, 'a, 'db> {
    /// Function entry: retag the arguments, schedule their drops, destructure patterned arguments.
    pub fn enter_args(&mut self, args: &[(LocalId, TyId, Option<PatId>)], span: Span) -> R<()> {
        for (local, ty, _) in args {
            if builder::retag_kind_needed(self.tys(), *ty) {
                self.b.push(
                    StatementKind::Retag(RetagKind::FnEntry, Place::local(*local)),
                    span,
                );
            }
        }
        for (local, ty, _) in args {
            let drop = self.needs_drop(*ty);
            self.b.schedule(ScopeEntry {
                local: *local,
                drop,
                storage: false,
            });
            if drop {
                self.b.mark_init(&Place::local(*local), span);
            }
        }
        for (local, ty, pat) in args {
            if let Some(pat) = pat {
                let place = PlaceT::local(*local, *ty);
                self.irrefutable_pat(*pat, &place)?;
            }
        }
        Ok(())
    }
}

#[allow(unused)]
fn _assert_send(_: &Operand, _: Rvalue) {}
