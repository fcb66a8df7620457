//! `Clone` for types whose impl the compiler provides (tuples, closures, fn pointers and items, and
//! other primitives rust-analyzer's solver accepts without a written impl): a shim body that clones
//! field by field, like rustc's builtin clone shim.

use ra_ap_hir_ty::next_solver::{GenericArgs, Region, Ty, TyKind};
use ra_ap_rustc_type_ir::inherent::{GenericArgs as _, IntoKind};

use bs_ir::{
    AggregateKind, BasicBlock, BlockId, Body, BorrowKind, LocalDecl, LocalId, LowerError, Operand,
    Place, ProjElem, RetagKind, Rvalue, Span, Statement, StatementKind, Terminator, TerminatorKind,
};

use crate::cx::Cx;

/// Whether `Clone` for `ty` is builtin (no impl written in the library).
pub fn is_builtin_clone(ty: Ty<'_>) -> bool {
    matches!(
        ty.kind(),
        TyKind::Tuple(_)
            | TyKind::Closure(..)
            | TyKind::FnPtr(..)
            | TyKind::FnDef(..)
            | TyKind::Never
            | TyKind::Bool
            | TyKind::Char
            | TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::RawPtr(..)
            | TyKind::Ref(_, _, ra_ap_hir_ty::next_solver::Mutability::Not)
    )
}

/// The body of `<ty as Clone>::clone(&self) -> ty`.
pub fn clone_shim<'db>(cx: &mut Cx<'_, 'db>, ty: Ty<'db>) -> Result<Body, LowerError> {
    let span = Span::DUMMY;
    let interner = cx.mono.interner;
    let self_ty = cx.intern_ty(ty)?;
    let ref_ty = cx.intern_ty(Ty::new_imm_ref(interner, Region::new_erased(interner), ty))?;
    let decl = |ty| LocalDecl {
        ty,
        name: None,
        span,
        mutable: true,
    };
    let mut locals = vec![decl(self_ty), decl(ref_ty)];
    let stmt = |kind| Statement { kind, span };
    let self_place = Place::local(LocalId(1)).project(ProjElem::Deref);
    let fields: Vec<Ty<'db>> = match ty.kind() {
        TyKind::Tuple(tys) => tys.iter().collect(),
        TyKind::Closure(_, args) => args.as_closure().upvar_tys().iter().collect(),
        _ => {
            // Copy-like: the value itself.
            let blocks = vec![BasicBlock {
                statements: vec![
                    stmt(StatementKind::Retag(
                        RetagKind::FnEntry,
                        Place::local(LocalId(1)),
                    )),
                    stmt(StatementKind::Assign(
                        Place::local(LocalId(0)),
                        Rvalue::Use(Operand::Copy(self_place)),
                    )),
                ],
                terminator: Terminator {
                    kind: TerminatorKind::Return,
                    span,
                },
            }];
            return Ok(Body {
                name: "<builtin clone>".into(),
                locals,
                arg_count: 1,
                blocks,
                span,
                track_caller: false,
            });
        }
    };
    let clone_fn = cx
        .mono
        .interner
        .lang_items()
        .Clone
        .and_then(|t| {
            t.trait_items(cx.db)
                .items
                .iter()
                .find_map(|(n, it)| match it {
                    ra_ap_hir_def::AssocItemId::FunctionId(f) if n.as_str() == "clone" => Some(*f),
                    _ => None,
                })
        })
        .ok_or_else(|| cx.unsupported("`Clone::clone` is missing from the model library", span))?;
    let mut blocks = Vec::new();
    let mut values = Vec::new();
    let mut statements = vec![stmt(StatementKind::Retag(
        RetagKind::FnEntry,
        Place::local(LocalId(1)),
    ))];
    for (i, fty) in fields.iter().enumerate() {
        let f_id = cx.intern_ty(*fty)?;
        let f_ref = cx.intern_ty(Ty::new_imm_ref(
            interner,
            Region::new_erased(interner),
            *fty,
        ))?;
        let r = LocalId(locals.len() as u32);
        locals.push(decl(f_ref));
        let v = LocalId(locals.len() as u32);
        locals.push(decl(f_id));
        statements.push(stmt(StatementKind::Assign(
            Place::local(r),
            Rvalue::Ref(
                BorrowKind::Shared,
                self_place.clone().project(ProjElem::Field(i as u32, f_id)),
            ),
        )));
        statements.push(stmt(StatementKind::Retag(
            RetagKind::Default,
            Place::local(r),
        )));
        let callee = cx.resolve_callee(
            clone_fn,
            GenericArgs::new_from_slice(&[(*fty).into()]),
            span,
        )?;
        let next = BlockId(blocks.len() as u32 + 1);
        blocks.push(BasicBlock {
            statements: std::mem::take(&mut statements),
            terminator: Terminator {
                kind: TerminatorKind::Call {
                    callee,
                    args: vec![Operand::Move(Place::local(r))],
                    dest: Place::local(v),
                    target: Some(next),
                },
                span,
            },
        });
        values.push(Operand::Move(Place::local(v)));
    }
    let kind = match ty.kind() {
        TyKind::Closure(..) => AggregateKind::Closure(self_ty),
        _ => AggregateKind::Tuple,
    };
    statements.push(stmt(StatementKind::Assign(
        Place::local(LocalId(0)),
        Rvalue::Aggregate(kind, values),
    )));
    blocks.push(BasicBlock {
        statements,
        terminator: Terminator {
            kind: TerminatorKind::Return,
            span,
        },
    });
    Ok(Body {
        name: "<builtin clone>".into(),
        locals,
        arg_count: 1,
        blocks,
        span,
        track_caller: false,
    })
}
