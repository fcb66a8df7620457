//! The lowering context: what lowering one instance's body needs from the rest of the frontend.
//!
//! [`FrontendState`] holds the interning maps that live for the whole run (rust-analyzer type →
//! [`TyId`], instance key → [`InstanceId`], …). [`Cx`] bundles it with the database, the program being
//! built and the substitution of the instance being lowered. The services live in `types.rs`
//! (interning types with layouts) and `instance.rs` (resolving calls, vtables, statics, consts).

use ra_ap_hir_def::{
    BuiltinDeriveImplId, ConstId, DefWithBodyId, FunctionId, StaticId as HirStaticId,
    builtin_derive::BuiltinDeriveImplMethod,
    expr_store::Body as HirBody,
    hir::{BindingId, ExprId, PatId},
};
use ra_ap_hir_ty::{
    db::InternedClosureId,
    next_solver::{GenericArgs, StoredGenericArgs, StoredTy, Ty},
};
use rustc_hash::FxHashMap;

use bs_ir::{AdtId, InstanceId, LowerError, Program, Span, StaticId, TraitId, TyId, VtableId};

use crate::{db::Db, load::Analysis, mono::Mono};

/// What an [`InstanceId`] stands for. The lowering (`lower::lower_instance`) produces a body for each.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceKey {
    /// A fn with a HIR body, with its (concrete) generic arguments.
    Fn(FunctionId, StoredGenericArgs),
    /// A closure body; the args are the closure type's args (parent generics + closure parts).
    Closure(InternedClosureId<'static>, StoredGenericArgs),
    /// A `const` item's initialiser.
    Const(ConstId, StoredGenericArgs),
    /// A `static` item's initialiser.
    Static(HirStaticId),
    /// A method of a builtin `#[derive]` impl (no HIR body: the lowering synthesizes it).
    DeriveMethod(
        BuiltinDeriveImplId,
        BuiltinDeriveImplMethod,
        StoredGenericArgs,
    ),
    /// `Fn*::call*` on a fn item or fn pointer type (the `.0` type): untuple the args and call.
    FnPtrShim(StoredTy),
    /// `FnOnce::call_once` (or `FnMut::call_mut`) on a closure whose body takes `&self` / `&mut self`:
    /// call the closure body (`.0`) by reference.
    ClosureOnceShim(InstanceId),
    /// `Clone::clone` for a type whose impl is builtin (tuples, closures, fn pointers, primitives).
    BuiltinClone(StoredTy),
    /// The program's start: calls `main` (`.0`), then `Termination::report` on its result, and exits
    /// with the reported code (real std: `lang_start`). Only used when `main` does not return `()`.
    Start(FunctionId),
    /// A tuple-struct or tuple-variant constructor used as a function value (`.map(Some)`).
    Ctor(ra_ap_hir_def::VariantId, StoredGenericArgs),
}

/// Interning state for the whole run.
#[derive(Default)]
pub struct FrontendState {
    pub tys: FxHashMap<StoredTy, TyId>,
    pub adts: FxHashMap<ra_ap_hir_def::AdtId, AdtId>,
    pub traits: FxHashMap<ra_ap_hir_def::TraitId, TraitId>,
    pub instances: FxHashMap<InstanceKey, InstanceId>,
    /// `keys[i]` is the key of `InstanceId(i)`.
    pub keys: Vec<InstanceKey>,
    pub statics: FxHashMap<HirStaticId, StaticId>,
    pub vtables: FxHashMap<(TyId, TyId), VtableId>,
    /// Types being interned right now (to break cycles through pointers: `struct Node { next: Box<Node> }`).
    pub in_progress: Vec<StoredTy>,
}

/// The context for lowering one instance.
pub struct Cx<'a, 'db> {
    pub db: &'db Db,
    pub analysis: &'db Analysis,
    pub program: &'a mut Program,
    pub state: &'a mut FrontendState,
    pub mono: Mono<'db>,
}

impl<'a, 'db> Cx<'a, 'db> {
    pub fn new(
        analysis: &'db Analysis,
        program: &'a mut Program,
        state: &'a mut FrontendState,
        subst: GenericArgs<'db>,
    ) -> Cx<'a, 'db> {
        let mono = Mono::new(&analysis.db, analysis.user_crate, subst);
        Cx {
            db: &analysis.db,
            analysis,
            program,
            state,
            mono,
        }
    }

    /// Substitutes the instance's generic arguments into a type and normalizes it.
    pub fn mono_ty(&self, ty: Ty<'db>) -> Ty<'db> {
        self.mono.ty(ty)
    }

    pub fn mono_args(&self, args: GenericArgs<'db>) -> GenericArgs<'db> {
        self.mono.args(args)
    }

    /// The span of an expression of `owner`'s body (macro-expanded code maps to the call site).
    pub fn span_of_expr(&self, owner: DefWithBodyId, e: ExprId) -> Span {
        let (_, source_map) = HirBody::with_source_map(self.db, owner);
        match source_map.expr_syntax(e) {
            Ok(src) => self.analysis.span(src.map(|p| p.text_range())),
            Err(_) => Span::DUMMY,
        }
    }

    pub fn span_of_pat(&self, owner: DefWithBodyId, p: PatId) -> Span {
        let (_, source_map) = HirBody::with_source_map(self.db, owner);
        match source_map.pat_syntax(p) {
            Ok(src) => self.analysis.span(src.map(|p| p.text_range())),
            Err(_) => Span::DUMMY,
        }
    }

    pub fn span_of_binding(&self, owner: DefWithBodyId, b: BindingId) -> Span {
        let (_, source_map) = HirBody::with_source_map(self.db, owner);
        for &p in source_map.patterns_for_binding(b) {
            if let Ok(src) = source_map.pat_syntax(p) {
                return self.analysis.span(src.map(|p| p.text_range()));
            }
        }
        Span::DUMMY
    }

    /// The span of a whole body's definition (for function-level diagnostics).
    pub fn span_of_def(&self, owner: DefWithBodyId) -> Span {
        let (body, _) = HirBody::with_source_map(self.db, owner);
        self.span_of_expr(owner, body.root_expr())
    }

    pub fn unsupported(&self, what: impl Into<String>, span: Span) -> LowerError {
        LowerError {
            message: format!("unsupported: {}", what.into()),
            span,
        }
    }
}

impl Cx<'_, '_> {
    /// Finds a function of the model library by path, for shims that call library code (e.g. the
    /// derived `Debug` calling `Formatter::debug_struct`). `krate` is `"core"`, `"alloc"` or `"std"`;
    /// `module` the module path inside it; `owner` the type (inherent impl) or trait the function
    /// belongs to, if any.
    pub fn library_fn(
        &self,
        krate: &str,
        module: &[&str],
        owner: Option<&str>,
        name: &str,
    ) -> Option<FunctionId> {
        use ra_ap_hir_def::{
            AssocItemId, ModuleDefId, nameres::crate_def_map, signatures::FunctionSignature,
        };
        let idx = ["core", "alloc", "std"].iter().position(|k| *k == krate)?;
        let krate = *self.analysis.library_crates.get(idx)?;
        let def_map = crate_def_map(self.db, krate);
        let mut module_id = def_map.root_module_id();
        for segment in module {
            let data = &def_map[module_id];
            module_id = data
                .children
                .iter()
                .find(|(n, _)| n.as_str() == *segment)
                .map(|(_, m)| *m)?;
        }
        let scope = &def_map[module_id].scope;
        let fn_named = |items: &[(ra_ap_hir_expand::name::Name, AssocItemId)]| {
            items.iter().find_map(|(n, it)| match it {
                AssocItemId::FunctionId(f) if n.as_str() == name => Some(*f),
                _ => None,
            })
        };
        match owner {
            None => scope.declarations().find_map(|d| match d {
                ModuleDefId::FunctionId(f)
                    if FunctionSignature::of(self.db, f).name.as_str() == name =>
                {
                    Some(f)
                }
                _ => None,
            }),
            Some(owner) => {
                for d in scope.declarations() {
                    if let ModuleDefId::TraitId(t) = d
                        && ra_ap_hir_def::signatures::TraitSignature::of(self.db, t)
                            .name
                            .as_str()
                            == owner
                    {
                        return fn_named(&t.trait_items(self.db).items);
                    }
                }
                for imp in scope.impls() {
                    let self_ty = ra_ap_hir_ty::db::HirDatabase::impl_self_ty(self.db, imp)
                        .instantiate_identity();
                    let display = ra_ap_hir_ty::display::DisplayTarget::from_crate(
                        self.db,
                        self.analysis.user_crate,
                    );
                    let shown = ra_ap_hir_ty::display::HirDisplay::display(
                        &self_ty.skip_norm_wip(),
                        self.db,
                        display,
                    )
                    .to_string();
                    if shown.split('<').next() == Some(owner)
                        && let Some(f) = fn_named(&imp.impl_items(self.db).items)
                    {
                        return Some(f);
                    }
                }
                None
            }
        }
    }
}
