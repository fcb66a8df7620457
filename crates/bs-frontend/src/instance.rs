//! Instances and calls: resolving a called function with its generic arguments to a [`Callee`]
//! (an impl method, a closure body, a shim, a `dyn` vtable slot, or an intrinsic), interning
//! instances, and building vtables. Static dispatch is decided here, once, at lowering time.

use ra_ap_hir_def::{
    AssocItemId, CallableDefId, ConstId, FunctionId, ItemContainerId, Lookup,
    StaticId as HirStaticId, TraitId, VariantId, signatures::FunctionSignature,
};
use ra_ap_hir_ty::db::HirDatabase;
use ra_ap_hir_ty::{
    db::InternedClosureId,
    next_solver::{GenericArgs, Ty, TyKind},
};
use ra_ap_rustc_type_ir::inherent::{BoundExistentialPredicates as _, GenericArgs as _, IntoKind};

use bs_ir::{
    Callee, InstanceData, InstanceId, InstanceKind, Intrinsic, LowerError, Span, StaticData,
    StaticInit, TyId, VtableData, VtableId,
};

use crate::{
    cx::{Cx, InstanceKey},
    intrinsics,
};

impl<'db> Cx<'_, 'db> {
    /// Interns an instance key; `owner` names it for backtraces.
    pub fn instance_for_key(&mut self, key: InstanceKey, owner: InstanceOwner) -> InstanceId {
        if let Some(&id) = self.state.instances.get(&key) {
            return id;
        }
        let name = self.instance_name(&key, owner);
        let kind = match &key {
            InstanceKey::Closure(..) => InstanceKind::Closure,
            InstanceKey::Const(..) => InstanceKind::Const,
            _ => InstanceKind::Item,
        };
        let span = self.instance_span(&key);
        let id = self.program.add_instance(InstanceData {
            name,
            kind,
            span,
            sig_ty: None,
        });
        self.state.instances.insert(key.clone(), id);
        self.state.keys.push(key);
        debug_assert_eq!(self.state.keys.len(), self.program.instances.len());
        id
    }

    /// Where an instance is defined: the name of a fn, the closure expression.
    fn instance_span(&self, key: &InstanceKey) -> Span {
        use ra_ap_hir_def::src::HasSource;
        use ra_ap_syntax::{AstNode, ast::HasName};
        match key {
            InstanceKey::Fn(f, _) => {
                let src = f.lookup(self.db).source(self.db);
                let range = src.value.name().map_or_else(
                    || src.value.syntax().text_range(),
                    |n| n.syntax().text_range(),
                );
                self.analysis.span(src.with_value(range))
            }
            InstanceKey::Closure(c, _) => {
                let loc = c.loc(self.db);
                match loc.owner {
                    ra_ap_hir_ty::InferBodyId::DefWithBodyId(def) => {
                        self.span_of_expr(def, loc.expr)
                    }
                    _ => Span::DUMMY,
                }
            }
            _ => Span::DUMMY,
        }
    }

    fn instance_name(&self, key: &InstanceKey, owner: InstanceOwner) -> String {
        let db = self.db;
        let fn_name = |f: FunctionId| {
            let sig = FunctionSignature::of(db, f);
            let base = sig.name.as_str().to_string();
            match f.lookup(db).container {
                ItemContainerId::ImplId(imp) => {
                    let self_ty = db.impl_self_ty(imp).instantiate_identity();
                    let display = ra_ap_hir_ty::display::DisplayTarget::from_crate(
                        db,
                        self.analysis.user_crate,
                    );
                    format!(
                        "<{}>::{base}",
                        ra_ap_hir_ty::display::HirDisplay::display(
                            &self_ty.skip_norm_wip(),
                            db,
                            display
                        )
                    )
                }
                ItemContainerId::TraitId(t) => {
                    let tn = ra_ap_hir_def::signatures::TraitSignature::of(db, t)
                        .name
                        .as_str()
                        .to_string();
                    format!("{tn}::{base}")
                }
                _ => base,
            }
        };
        match (key, owner) {
            (InstanceKey::Fn(f, _), _) => fn_name(*f),
            (InstanceKey::Closure(..), InstanceOwner::Fn(f)) => {
                format!("{}::{{closure}}", fn_name(f))
            }
            (InstanceKey::Closure(..), _) => "{closure}".to_string(),
            (InstanceKey::Const(c, _), _) => ra_ap_hir_def::signatures::ConstSignature::of(db, *c)
                .name
                .as_ref()
                .map_or("_".into(), |n| n.as_str().to_string()),
            (InstanceKey::Static(s), _) => ra_ap_hir_def::signatures::StaticSignature::of(db, *s)
                .name
                .as_str()
                .to_string(),
            (InstanceKey::DeriveMethod(_, m, _), _) => format!("<derived>::{m:?}"),
            (InstanceKey::FnPtrShim(_), _) => "<fn pointer shim>".to_string(),
            (InstanceKey::ClosureOnceShim(_), _) => "<closure call_once shim>".to_string(),
            (InstanceKey::Ctor(..), _) => "<constructor>".to_string(),
            (InstanceKey::Start(_), _) => "std::rt::lang_start".to_string(),
            (InstanceKey::BuiltinClone(_), _) => "<builtin clone>".to_string(),
        }
    }

    /// Resolves a call of `func` with (not yet monomorphized) generic `args`.
    pub fn callee(
        &mut self,
        func: FunctionId,
        args: GenericArgs<'db>,
        span: Span,
    ) -> Result<Callee, LowerError> {
        let args = self.mono_args(args);
        self.resolve_callee(func, args, span)
    }

    /// Resolves a call with already concrete `args`.
    pub fn resolve_callee(
        &mut self,
        func: FunctionId,
        args: GenericArgs<'db>,
        span: Span,
    ) -> Result<Callee, LowerError> {
        let db = self.db;
        let sig = FunctionSignature::of(db, func);
        let container = func.lookup(db).container;
        if FunctionSignature::is_intrinsic(db, func)
            || matches!(container, ItemContainerId::ExternBlockId(_))
        {
            let name = sig.name.as_str();
            let mut tys = Vec::new();
            for a in args.iter() {
                if let Some(t) = a.ty() {
                    tys.push(self.intern_ty(t)?);
                }
            }
            return Ok(Callee::Intrinsic(intrinsics::from_name(name), tys));
        }
        if let ItemContainerId::TraitId(trait_id) = container {
            let self_ty = args.as_slice().first().and_then(|a| a.ty());
            if let Some(self_ty) = self_ty {
                match self_ty.kind() {
                    TyKind::Dynamic(..) => {
                        let slot = self.vtable_slot(self_ty, trait_id, func, span)?;
                        return Ok(Callee::Virtual(slot));
                    }
                    TyKind::Closure(def, cargs) if self.is_fn_trait(trait_id) => {
                        let body = self.closure_instance(def.0, cargs)?;
                        let lang = self.mono.interner.lang_items();
                        let closure_kind = cargs.as_closure().kind();
                        let by_value_call = Some(func) == lang.FnOnce_call_once;
                        let body_by_value =
                            matches!(closure_kind, ra_ap_rustc_type_ir::ClosureKind::FnOnce);
                        if by_value_call && !body_by_value {
                            let shim = self.instance_for_key(
                                InstanceKey::ClosureOnceShim(body),
                                InstanceOwner::None,
                            );
                            return Ok(Callee::Direct(shim));
                        }
                        return Ok(Callee::Direct(body));
                    }
                    TyKind::FnDef(..) | TyKind::FnPtr(..) if self.is_fn_trait(trait_id) => {
                        let shim = self.instance_for_key(
                            InstanceKey::FnPtrShim(self_ty.store()),
                            InstanceOwner::None,
                        );
                        return Ok(Callee::Direct(shim));
                    }
                    _ => {}
                }
            }
            let (resolved, impl_args) = db.lookup_impl_method(self.mono.env, func, args);
            if let (either::Either::Left(f), Some(self_ty)) = (&resolved, self_ty)
                && *f == func
                && Some(trait_id) == self.mono.interner.lang_items().Clone
                && FunctionSignature::of(db, func).name.as_str() == "clone"
                && crate::builtin_clone::is_builtin_clone(self_ty)
            {
                let key = InstanceKey::BuiltinClone(self_ty.store());
                return Ok(Callee::Direct(
                    self.instance_for_key(key, InstanceOwner::None),
                ));
            }
            return match resolved {
                either::Either::Left(f) => {
                    let f_sig = FunctionSignature::of(db, f);
                    if !f_sig
                        .flags
                        .contains(ra_ap_hir_def::signatures::FnFlags::HAS_BODY)
                        && !FunctionSignature::is_intrinsic(db, f)
                    {
                        let display = ra_ap_hir_ty::display::DisplayTarget::from_crate(
                            db,
                            self.analysis.user_crate,
                        );
                        let what = self_ty.map(|t| {
                            ra_ap_hir_ty::display::HirDisplay::display(&t, db, display).to_string()
                        });
                        return Err(self.unsupported(
                            format!(
                                "no implementation of `{}` found for `{}` in borrowscope's model library",
                                f_sig.name.as_str(),
                                what.unwrap_or_default()
                            ),
                            span,
                        ));
                    }
                    if f != func {
                        return self.resolve_callee(f, impl_args, span);
                    }
                    Ok(Callee::Direct(self.instance_for_key(
                        InstanceKey::Fn(f, impl_args.store()),
                        InstanceOwner::None,
                    )))
                }
                either::Either::Right((imp, method)) => Ok(Callee::Direct(self.instance_for_key(
                    InstanceKey::DeriveMethod(imp, method, impl_args.store()),
                    InstanceOwner::None,
                ))),
            };
        }
        Ok(Callee::Direct(self.instance_for_key(
            InstanceKey::Fn(func, args.store()),
            InstanceOwner::None,
        )))
    }

    fn is_fn_trait(&self, t: TraitId) -> bool {
        let lang = self.mono.interner.lang_items();
        Some(t) == lang.Fn || Some(t) == lang.FnMut || Some(t) == lang.FnOnce
    }

    /// The instance a `FnDef` type stands for (fn items used as values, e.g. passed as `impl Fn`).
    pub fn fn_def_instance(
        &mut self,
        def: CallableDefId,
        args: GenericArgs<'db>,
    ) -> Result<InstanceId, LowerError> {
        match def {
            CallableDefId::FunctionId(f) => {
                let inst = match self.resolve_callee(f, args, Span::DUMMY)? {
                    Callee::Direct(i) => i,
                    // Intrinsics and virtual methods used as values: a body-less instance; calling it
                    // reports the missing body.
                    _ => {
                        self.instance_for_key(InstanceKey::Fn(f, args.store()), InstanceOwner::None)
                    }
                };
                if self.program.instances[inst.index()].sig_ty.is_none() {
                    // The fn-pointer type of the item's signature, so that calls through fn pointers
                    // can be checked against it ("calling a function with a different signature").
                    let sig = self
                        .db
                        .callable_item_signature(def)
                        .instantiate(self.mono.interner, args)
                        .skip_norm_wip();
                    let fn_ptr = <Ty<'db> as ra_ap_rustc_type_ir::inherent::Ty<_>>::new_fn_ptr(
                        self.mono.interner,
                        sig,
                    );
                    let fn_ptr = self.mono.normalize(fn_ptr);
                    if let Ok(t) = self.intern_ty(fn_ptr) {
                        self.program.instances[inst.index()].sig_ty = Some(t);
                    }
                }
                Ok(inst)
            }
            CallableDefId::StructId(s) => Ok(self.instance_for_key(
                InstanceKey::Ctor(VariantId::StructId(s), args.store()),
                InstanceOwner::None,
            )),
            CallableDefId::EnumVariantId(v) => Ok(self.instance_for_key(
                InstanceKey::Ctor(VariantId::EnumVariantId(v), args.store()),
                InstanceOwner::None,
            )),
        }
    }

    /// The body instance of a closure type.
    pub fn closure_instance(
        &mut self,
        def: InternedClosureId<'db>,
        args: GenericArgs<'db>,
    ) -> Result<InstanceId, LowerError> {
        // SAFETY of the lifetime erasure: interned ids are plain indices into the database, valid for
        // as long as the database lives (the whole run).
        let def_static: InternedClosureId<'static> = unsafe { std::mem::transmute(def) };
        let owner = match def.loc(self.db).owner {
            ra_ap_hir_ty::InferBodyId::DefWithBodyId(ra_ap_hir_def::DefWithBodyId::FunctionId(
                f,
            )) => InstanceOwner::Fn(f),
            _ => InstanceOwner::None,
        };
        Ok(self.instance_for_key(InstanceKey::Closure(def_static, args.store()), owner))
    }

    /// The instance of a `const` item's initialiser.
    pub fn const_item(
        &mut self,
        c: ConstId,
        args: GenericArgs<'db>,
    ) -> Result<InstanceId, LowerError> {
        let args = self.mono_args(args);
        Ok(self.instance_for_key(InstanceKey::Const(c, args.store()), InstanceOwner::None))
    }

    /// The program static for a `static` item (its initialiser runs on first use).
    pub fn static_item(&mut self, s: HirStaticId) -> Result<bs_ir::StaticId, LowerError> {
        if let Some(&id) = self.state.statics.get(&s) {
            return Ok(id);
        }
        let sig = ra_ap_hir_def::signatures::StaticSignature::of(self.db, s);
        let ty = self.db.value_ty(s.into()).map(|b| b.instantiate_identity());
        let Some(ty) = ty else {
            return Err(self.unsupported("static without a type", Span::DUMMY));
        };
        let ty = self.intern_ty(ty.skip_norm_wip())?;
        let init = self.instance_for_key(InstanceKey::Static(s), InstanceOwner::None);
        let mutable = sig
            .flags
            .contains(ra_ap_hir_def::signatures::StaticFlags::MUTABLE);
        let id = self.program.add_static(StaticData {
            name: sig.name.as_str().to_string(),
            ty,
            mutable,
            init: StaticInit::Body(init),
        });
        self.program.instances[init.index()].kind = InstanceKind::StaticInit(id);
        self.state.statics.insert(s, id);
        Ok(id)
    }

    /// A read-only allocation holding literal bytes.
    pub fn bytes_static(&mut self, bytes: Vec<u8>, ty: TyId) -> bs_ir::StaticId {
        self.program.add_static(StaticData {
            name: "<literal>".into(),
            ty,
            mutable: false,
            init: StaticInit::Bytes(bytes),
        })
    }

    /// The methods reachable through `dyn Trait` for `trait_id` and its supertraits, in vtable order:
    /// the principal's own methods first, then each supertrait's (breadth-first).
    fn vtable_methods(&self, principal: TraitId) -> Vec<FunctionId> {
        let db = self.db;
        let mut traits = vec![principal];
        let mut i = 0;
        while i < traits.len() {
            for sup in ra_ap_hir_ty::all_super_traits(db, traits[i]) {
                if !traits.contains(sup) {
                    traits.push(*sup);
                }
            }
            i += 1;
        }
        let mut out = Vec::new();
        for t in traits {
            for (_, item) in t.trait_items(db).items.iter() {
                if let AssocItemId::FunctionId(f) = item {
                    out.push(*f);
                }
            }
        }
        out
    }

    fn principal_of(&self, dyn_ty: Ty<'db>) -> Option<TraitId> {
        match dyn_ty.kind() {
            TyKind::Dynamic(preds, _) => preds.principal_def_id().map(|t| t.0),
            _ => None,
        }
    }

    fn vtable_slot(
        &mut self,
        dyn_ty: Ty<'db>,
        _trait_id: TraitId,
        func: FunctionId,
        span: Span,
    ) -> Result<u32, LowerError> {
        let Some(principal) = self.principal_of(dyn_ty) else {
            return Err(self.unsupported(
                "method call on a `dyn` type without a principal trait",
                span,
            ));
        };
        let methods = self.vtable_methods(principal);
        match methods.iter().position(|m| *m == func) {
            Some(i) => Ok(i as u32),
            None => {
                Err(self.unsupported("call of a method not in the trait object's vtable", span))
            }
        }
    }

    /// The vtable for unsizing the concrete type `src` to `dyn_ty`.
    pub fn vtable(&mut self, src: Ty<'db>, dyn_ty: Ty<'db>) -> Result<VtableId, LowerError> {
        let src = self.mono_ty(src);
        let dyn_ty = self.mono_ty(dyn_ty);
        let src_id = self.intern_ty(src)?;
        let dyn_id = self.intern_ty(dyn_ty)?;
        if let Some(&v) = self.state.vtables.get(&(src_id, dyn_id)) {
            return Ok(v);
        }
        let mut methods = Vec::new();
        if let Some(principal) = self.principal_of(dyn_ty) {
            for f in self.vtable_methods(principal) {
                // Build the trait method's args: Self = src, the trait's own generic args from the
                // principal (none for most traits), and no method generics (such methods are not
                // dyn-callable anyway).
                let fn_generics = ra_ap_hir_ty::next_solver::GenericArgs::identity_for_item(
                    self.mono.interner,
                    f.into(),
                );
                if fn_generics.len() != 1 + self.principal_args_len(dyn_ty) {
                    methods.push(None);
                    continue;
                }
                let mut args = vec![src.into()];
                args.extend(self.principal_args(dyn_ty));
                let args = ra_ap_hir_ty::next_solver::GenericArgs::new_from_slice(&args);
                match self.resolve_callee(f, args, Span::DUMMY) {
                    Ok(Callee::Direct(i)) => methods.push(Some(i)),
                    _ => methods.push(None),
                }
            }
        }
        let v = self.program.add_vtable(VtableData {
            ty: src_id,
            methods,
        });
        self.state.vtables.insert((src_id, dyn_id), v);
        Ok(v)
    }

    fn principal_args(&self, dyn_ty: Ty<'db>) -> Vec<ra_ap_hir_ty::next_solver::GenericArg<'db>> {
        match dyn_ty.kind() {
            TyKind::Dynamic(preds, _) => match preds.principal() {
                Some(p) => p.skip_binder().args.iter().collect(),
                None => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn principal_args_len(&self, dyn_ty: Ty<'db>) -> usize {
        self.principal_args(dyn_ty).len()
    }
}

/// Who an instance belongs to, for naming closures after their enclosing function.
#[derive(Clone, Copy)]
pub enum InstanceOwner {
    Fn(FunctionId),
    None,
}

impl From<FunctionId> for InstanceOwner {
    fn from(f: FunctionId) -> Self {
        InstanceOwner::Fn(f)
    }
}

/// Kept so that `Intrinsic` stays in the public vocabulary of this module.
pub type IntrinsicKind = Intrinsic;
