//! The body under construction: locals, basic blocks, the current insertion block, lexical scopes
//! (storage and drops), and the finishing pass that turns move/initialisation markers into drop flags.
//!
//! Drop elaboration works like rustc's (`rustc_mir_transform::elaborate_drops`), but decided at the end
//! of lowering instead of by a dataflow analysis:
//! * while lowering, every initialisation of a local (or of a field path of a local) leaves an `Init`
//!   marker and every move out of one leaves an `Uninit` marker (both `Nop` statements for now), and
//!   every scope exit leaves a *drop site* for each live local that needs drop;
//! * at the end, a path that is moved from anywhere gets a boolean drop-flag local (false at function
//!   entry, set by `Init`, cleared by `Uninit`); a drop site of such a path becomes `if flag { drop }`,
//!   and a drop site of a local whose *fields* were moved drops the remaining fields one by one. Paths
//!   never moved from are dropped unconditionally and their markers vanish.
//!
//! Moves out of an enum variant or an array element count as moves of the whole enum/array (rustc
//! would drop the other fields of that variant; they leak here, which matters only for variants with
//! two or more fields that need drop).

use std::collections::{BTreeMap, HashMap};

use bs_ir::{
    BasicBlock, BlockId, Const, ConstKind, LocalDecl, LocalId, Operand, Place, ProjElem, RetagKind,
    Rvalue, Span, Statement, StatementKind, Terminator, TerminatorKind, TyId, TyKind,
};

/// A block being built; `term` is set once.
pub(crate) struct BlockData {
    pub stmts: Vec<Statement>,
    pub term: Option<Terminator>,
}

/// What a `Nop` placeholder statement stands for until [`BodyBuilder::finish`].
#[derive(Clone, Debug)]
enum Marker {
    Init(LocalId, Vec<u32>),
    Uninit(LocalId, Vec<u32>),
}

struct DropSite {
    block: BlockId,
    local: LocalId,
    /// Field path below the local (`None` when the place is not a move path: it goes through a
    /// deref or an index, so it is always initialised when dropped).
    path: Option<Vec<u32>>,
    place: Place,
    ty: TyId,
    target: BlockId,
    span: Span,
}

/// One lexical scope: the locals whose storage (and value) ends with it, in declaration order.
#[derive(Default)]
pub(crate) struct Scope {
    pub entries: Vec<ScopeEntry>,
}

#[derive(Clone)]
pub(crate) struct ScopeEntry {
    pub local: LocalId,
    /// Drop the local's value at scope exit (its type needs drop).
    pub drop: bool,
    /// Emit `StorageDead` at scope exit.
    pub storage: bool,
}

pub(crate) struct BodyBuilder {
    pub locals: Vec<LocalDecl>,
    pub blocks: Vec<BlockData>,
    pub cur: BlockId,
    pub scopes: Vec<Scope>,
    markers: HashMap<(BlockId, usize), Marker>,
    drop_sites: Vec<DropSite>,
    pub bool_ty: TyId,
    /// For box types whose contents are partially moved out: `(&mut Box<T>, <Box as Drop>::drop,
    /// (), T)`, to free the allocation after dropping the remaining fields.
    pub box_frees: HashMap<TyId, (TyId, bs_ir::InstanceId, TyId, TyId)>,
}

/// The step of a move path that goes into a `Box`'s contents.
pub(super) const DEREF_STEP: u32 = u32::MAX;

impl BodyBuilder {
    pub fn new(bool_ty: TyId) -> BodyBuilder {
        BodyBuilder {
            locals: Vec::new(),
            blocks: vec![BlockData {
                stmts: Vec::new(),
                term: None,
            }],
            cur: BlockId(0),
            scopes: vec![Scope::default()],
            markers: HashMap::new(),
            drop_sites: Vec::new(),
            bool_ty,
            box_frees: HashMap::new(),
        }
    }

    pub fn new_local(
        &mut self,
        ty: TyId,
        name: Option<String>,
        span: Span,
        mutable: bool,
    ) -> LocalId {
        self.locals.push(LocalDecl {
            ty,
            name,
            span,
            mutable,
        });
        LocalId::from_usize(self.locals.len() - 1)
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(BlockData {
            stmts: Vec::new(),
            term: None,
        });
        BlockId::from_usize(self.blocks.len() - 1)
    }

    pub fn push(&mut self, kind: StatementKind, span: Span) {
        let b = &mut self.blocks[self.cur.index()];
        if b.term.is_some() {
            // Code after a terminator (dead code after `return` etc.): put it in a fresh block.
            let nb = self.new_block();
            self.cur = nb;
        }
        self.blocks[self.cur.index()]
            .stmts
            .push(Statement { kind, span });
    }

    /// Ends the current block. The caller then sets `cur` to where code continues.
    pub fn terminate(&mut self, kind: TerminatorKind, span: Span) {
        let b = &mut self.blocks[self.cur.index()];
        if b.term.is_none() {
            b.term = Some(Terminator { kind, span });
        }
    }

    /// Terminates the current block with `goto target` and continues in `target`.
    pub fn goto(&mut self, target: BlockId, span: Span) {
        self.terminate(TerminatorKind::Goto(target), span);
        self.cur = target;
    }

    /// Terminates the current block and continues in a fresh unreachable block (after `return`,
    /// `break`, `continue`, or a diverging call).
    pub fn diverge(&mut self, kind: TerminatorKind, span: Span) {
        self.terminate(kind, span);
        self.cur = self.new_block();
    }

    fn marker(&mut self, m: Marker, span: Span) {
        self.push(StatementKind::Nop, span);
        let idx = self.blocks[self.cur.index()].stmts.len() - 1;
        self.markers.insert((self.cur, idx), m);
    }

    /// Records that `place` was (re)initialised, if it is a move path.
    pub fn mark_init(&mut self, place: &Place, span: Span) {
        if let Some(path) = move_path(place) {
            self.marker(Marker::Init(place.local, path), span);
        }
    }

    /// Records a move out of an explicit move path (used for paths into a `Box`'s contents).
    pub fn mark_moved_path(&mut self, local: LocalId, path: Vec<u32>, span: Span) {
        self.marker(Marker::Uninit(local, path), span);
    }

    /// Records that `place` was moved out of, if it is a move path.
    pub fn mark_moved(&mut self, place: &Place, span: Span) {
        if let Some(path) = move_path(place) {
            self.marker(Marker::Uninit(place.local, path), span);
        }
    }

    /// Drops the value at `place` here (elaborated with drop flags at the end).
    pub fn drop_place(&mut self, place: Place, ty: TyId, needs_drop: bool, span: Span) {
        if !needs_drop {
            return;
        }
        let target = self.new_block();
        let path = if place
            .projection
            .iter()
            .all(|p| matches!(p, ProjElem::Field(..)))
        {
            move_path(&place)
        } else {
            None
        };
        self.terminate(TerminatorKind::Goto(target), span);
        self.drop_sites.push(DropSite {
            block: self.cur,
            local: place.local,
            path,
            place,
            ty,
            target,
            span,
        });
        self.cur = target;
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Scope::default());
    }

    pub fn schedule(&mut self, entry: ScopeEntry) {
        self.scopes
            .last_mut()
            .expect("the function scope always exists")
            .entries
            .push(entry);
    }

    /// Emits the exit code (drops in reverse order, then storage end) of the scopes above `depth`,
    /// without popping them (for `break`/`continue`/`return`).
    pub fn exit_scopes_to(&mut self, depth: usize, span: Span, tys: &dyn Fn(TyId) -> bool) {
        let entries: Vec<Vec<ScopeEntry>> = self.scopes[depth..]
            .iter()
            .rev()
            .map(|s| s.entries.clone())
            .collect();
        for entries in entries {
            self.exit_entries(&entries, span, tys);
        }
    }

    pub fn exit_entries(
        &mut self,
        entries: &[ScopeEntry],
        span: Span,
        needs_drop: &dyn Fn(TyId) -> bool,
    ) {
        for e in entries.iter().rev() {
            if e.drop {
                let ty = self.locals[e.local.index()].ty;
                self.drop_place(Place::local(e.local), ty, needs_drop(ty), span);
            }
            if e.storage {
                self.push(StatementKind::StorageDead(e.local), span);
            }
        }
    }

    /// Pops the innermost scope, emitting its exit code at the current block.
    pub fn pop_scope(&mut self, span: Span, needs_drop: &dyn Fn(TyId) -> bool) {
        let scope = self.scopes.pop().expect("scope stack underflow");
        self.exit_entries(&scope.entries, span, needs_drop);
    }

    /// Builds the final blocks: markers become drop-flag assignments (or disappear), drop sites
    /// become (conditional, possibly field-wise) `Drop` terminators.
    pub fn finish(
        mut self,
        field_tys: &dyn Fn(TyId) -> Option<Vec<TyId>>,
        needs_drop: &dyn Fn(TyId) -> bool,
    ) -> (Vec<LocalDecl>, Vec<BasicBlock>) {
        // 1. Flags for every moved path.
        let mut flags: BTreeMap<(LocalId, Vec<u32>), LocalId> = BTreeMap::new();
        let mut moved: Vec<(LocalId, Vec<u32>)> = self
            .markers
            .values()
            .filter_map(|m| match m {
                Marker::Uninit(l, p) => Some((*l, p.clone())),
                Marker::Init(..) => None,
            })
            .collect();
        moved.sort();
        moved.dedup();
        for key in moved {
            let ty = self.bool_ty;
            let flag = self.new_local(ty, None, Span::DUMMY, true);
            flags.insert(key, flag);
        }
        let bool_ty = self.bool_ty;
        let set = |flag: LocalId, v: bool, span: Span| Statement {
            kind: StatementKind::Assign(
                Place::local(flag),
                Rvalue::Use(Operand::Const(Const {
                    ty: bool_ty,
                    kind: ConstKind::Scalar(v as u128),
                })),
            ),
            span,
        };
        // 2. Markers.
        let markers = std::mem::take(&mut self.markers);
        for (bi, block) in self.blocks.iter_mut().enumerate() {
            let old = std::mem::take(&mut block.stmts);
            for (si, stmt) in old.into_iter().enumerate() {
                match markers.get(&(BlockId::from_usize(bi), si)) {
                    None => block.stmts.push(stmt),
                    Some(Marker::Init(local, path)) => {
                        for ((l, p), flag) in &flags {
                            if l == local && p.starts_with(path) {
                                block.stmts.push(set(*flag, true, stmt.span));
                            }
                        }
                    }
                    Some(Marker::Uninit(local, path)) => {
                        if let Some(flag) = flags.get(&(*local, path.clone())) {
                            block.stmts.push(set(*flag, false, stmt.span));
                        }
                    }
                }
            }
        }
        // 3. Drop sites.
        let sites = std::mem::take(&mut self.drop_sites);
        for site in sites {
            let entry = match &site.path {
                Some(path) => self.elaborate(
                    site.local,
                    path.clone(),
                    site.place.clone(),
                    site.ty,
                    site.target,
                    site.span,
                    &flags,
                    field_tys,
                    needs_drop,
                ),
                None => self.plain_drop(site.place.clone(), site.target, site.span),
            };
            self.blocks[site.block.index()].term = Some(Terminator {
                kind: TerminatorKind::Goto(entry),
                span: site.span,
            });
        }
        // 4. Flags start out false.
        let mut init: Vec<Statement> = {
            let mut fl: Vec<LocalId> = flags.values().copied().collect();
            fl.sort();
            fl.into_iter().map(|f| set(f, false, Span::DUMMY)).collect()
        };
        init.append(&mut self.blocks[0].stmts);
        self.blocks[0].stmts = init;
        let blocks: Vec<BasicBlock> = self
            .blocks
            .into_iter()
            .map(|b| BasicBlock {
                statements: b.stmts,
                terminator: b.term.unwrap_or(Terminator {
                    kind: TerminatorKind::Unreachable,
                    span: Span::DUMMY,
                }),
            })
            .collect();
        (self.locals, prune_unreachable(blocks))
    }

    fn plain_drop(&mut self, place: Place, target: BlockId, span: Span) -> BlockId {
        let b = self.new_block();
        self.blocks[b.index()].term = Some(Terminator {
            kind: TerminatorKind::Drop { place, target },
            span,
        });
        b
    }

    #[allow(clippy::too_many_arguments)]
    fn elaborate(
        &mut self,
        local: LocalId,
        path: Vec<u32>,
        place: Place,
        ty: TyId,
        target: BlockId,
        span: Span,
        flags: &BTreeMap<(LocalId, Vec<u32>), LocalId>,
        field_tys: &dyn Fn(TyId) -> Option<Vec<TyId>>,
        needs_drop: &dyn Fn(TyId) -> bool,
    ) -> BlockId {
        if !needs_drop(ty) {
            return target;
        }
        let own_flag = flags.get(&(local, path.clone())).copied();
        let children_moved = flags
            .keys()
            .any(|(l, p)| *l == local && p.len() > path.len() && p.starts_with(&path));
        // After a conditional drop the flag is cleared, so that a later exit on a path where the
        // value was never re-initialised (e.g. the next loop iteration) does not drop it again.
        let after = match own_flag {
            Some(flag) => {
                let clear = self.new_block();
                self.blocks[clear.index()].stmts.push(Statement {
                    kind: StatementKind::Assign(
                        Place::local(flag),
                        Rvalue::Use(Operand::Const(Const {
                            ty: self.bool_ty,
                            kind: ConstKind::Scalar(0),
                        })),
                    ),
                    span,
                });
                self.blocks[clear.index()].term = Some(Terminator {
                    kind: TerminatorKind::Goto(target),
                    span,
                });
                clear
            }
            None => target,
        };
        let inner = match (children_moved, field_tys(ty)) {
            (true, Some(fields)) => {
                // Drop the fields that are still there, in declaration order.
                let mut next = after;
                for (i, fty) in fields.iter().enumerate().rev() {
                    let mut p = path.clone();
                    p.push(i as u32);
                    let fplace = place.clone().project(ProjElem::Field(i as u32, *fty));
                    next = self.elaborate(
                        local, p, fplace, *fty, next, span, flags, field_tys, needs_drop,
                    );
                }
                next
            }
            (true, None) if self.box_frees.contains_key(&ty) => {
                // A box whose contents were partially moved out: drop what is left of the
                // contents, then free the allocation with the box's own `Drop` impl.
                let (ref_ty, free, unit_ty, pointee) = self.box_frees[&ty];
                let r = self.new_local(ref_ty, None, span, true);
                let out = self.new_local(unit_ty, None, span, true);
                let free_b = self.new_block();
                self.blocks[free_b.index()].stmts.push(Statement {
                    kind: StatementKind::Assign(
                        Place::local(r),
                        Rvalue::Ref(bs_ir::BorrowKind::Mut, place.clone()),
                    ),
                    span,
                });
                self.blocks[free_b.index()].term = Some(Terminator {
                    kind: TerminatorKind::Call {
                        callee: bs_ir::Callee::Direct(free),
                        args: vec![Operand::Move(Place::local(r))],
                        dest: Place::local(out),
                        target: Some(after),
                    },
                    span,
                });
                let mut p = path.clone();
                p.push(DEREF_STEP);
                let inner_place = place.clone().project(ProjElem::Deref);
                self.elaborate(
                    local,
                    p,
                    inner_place,
                    pointee,
                    free_b,
                    span,
                    flags,
                    field_tys,
                    needs_drop,
                )
            }
            _ => self.plain_drop(place, after, span),
        };
        match own_flag {
            Some(flag) => {
                let b = self.new_block();
                self.blocks[b.index()].term = Some(Terminator {
                    kind: TerminatorKind::SwitchInt {
                        discr: Operand::Copy(Place::local(flag)),
                        targets: vec![(0, target)],
                        otherwise: inner,
                    },
                    span,
                });
                b
            }
            None => inner,
        }
    }
}

/// Removes the blocks not reachable from `bb0` (dead code after `return`/`break`, unused join
/// blocks) and renumbers the rest in order.
fn prune_unreachable(blocks: Vec<BasicBlock>) -> Vec<BasicBlock> {
    let mut reachable = vec![false; blocks.len()];
    let mut stack = vec![0usize];
    while let Some(b) = stack.pop() {
        if b >= blocks.len() || reachable[b] {
            continue;
        }
        reachable[b] = true;
        for s in blocks[b].terminator.kind.successors() {
            stack.push(s.index());
        }
    }
    let mut map = vec![BlockId(u32::MAX); blocks.len()];
    let mut n = 0;
    for (i, r) in reachable.iter().enumerate() {
        if *r {
            map[i] = BlockId(n);
            n += 1;
        }
    }
    let remap = |b: &mut BlockId| *b = map[b.index()];
    blocks
        .into_iter()
        .enumerate()
        .filter(|(i, _)| reachable[*i])
        .map(|(_, mut bb)| {
            match &mut bb.terminator.kind {
                TerminatorKind::Goto(t) => remap(t),
                TerminatorKind::SwitchInt {
                    targets, otherwise, ..
                } => {
                    for (_, t) in targets.iter_mut() {
                        remap(t);
                    }
                    remap(otherwise);
                }
                TerminatorKind::Drop { target, .. } | TerminatorKind::Assert { target, .. } => {
                    remap(target)
                }
                TerminatorKind::Call { target, .. } => {
                    if let Some(t) = target {
                        remap(t);
                    }
                }
                TerminatorKind::Return | TerminatorKind::Unreachable => {}
            }
            bb
        })
        .collect()
}

/// The field path of a place rooted at a local, cut at the first projection that is not a plain
/// field (a move out of an enum variant or an array element counts as a move of the enclosing
/// value). `None` if the place goes through a deref.
fn move_path(place: &Place) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    for p in &place.projection {
        match p {
            ProjElem::Field(i, _) => path.push(*i),
            ProjElem::Deref => return None,
            ProjElem::Downcast(_)
            | ProjElem::Index(_)
            | ProjElem::ConstantIndex { .. }
            | ProjElem::Subslice { .. } => return Some(path),
        }
    }
    Some(path)
}

/// Field types of a struct-like type, for field-wise drops (`None` for enums and other types whose
/// fields cannot be dropped separately).
pub(super) fn struct_field_tys(tys: &bs_ir::TyTable, ty: TyId) -> Option<Vec<TyId>> {
    let data = tys.get(ty);
    match &data.kind {
        TyKind::Tuple(f) => Some(f.clone()),
        TyKind::Closure(_, f) => Some(f.clone()),
        TyKind::Adt(..)
            if data.variants.len() == 1 && data.drop_impl.is_none() && !data.flags.is_box =>
        {
            Some(data.variants[0].field_tys.clone())
        }
        _ => None,
    }
}

/// A retag of `place` if its type holds references or boxes (never for unions).
pub(super) fn retag_kind_needed(tys: &bs_ir::TyTable, ty: TyId) -> bool {
    let f = tys.get(ty).flags;
    f.has_retag_fields && !f.is_union
}

pub(super) const _RETAG_DEFAULT: RetagKind = RetagKind::Default;
