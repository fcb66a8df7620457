//! Interning rust-analyzer types as [`bs_ir::TyId`]s: structure, rustc-identical layout (converted from
//! rust-analyzer's `rustc_abi` layouts), display name, ADT variants with substituted field types, drop
//! impls, and the flags the machine and the aliasing models need.

use ra_ap_hir_def::{AdtId as HirAdtId, VariantId, signatures::StructFlags};
use ra_ap_hir_ty::db::HirDatabase;
use ra_ap_hir_ty::{
    display::{DisplayTarget, HirDisplay},
    next_solver::{Ty, TyKind},
};
use ra_ap_rustc_abi as abi;
use ra_ap_rustc_type_ir::inherent::{BoundExistentialPredicates as _, GenericArgs as _, IntoKind};

use bs_ir::{
    AdtDef, AdtKind, FieldsShape, FloatTy, IntTy, Layout, LowerError, Mutability, Scalar, Span,
    TagEncoding, TraitDef, TyData, TyFlags, TyId, TyKind as BsTyKind, VariantDef, Variants,
};

use crate::cx::{Cx, InstanceKey};

impl<'db> Cx<'_, 'db> {
    /// Monomorphizes and interns a type.
    pub fn ty(&mut self, ty: Ty<'db>) -> Result<TyId, LowerError> {
        let ty = self.mono_ty(ty);
        self.intern_ty(ty)
    }

    /// Interns a type that is already concrete.
    pub fn intern_ty(&mut self, ty: Ty<'db>) -> Result<TyId, LowerError> {
        let key = ty.store();
        if let Some(&id) = self.state.tys.get(&key) {
            return Ok(id);
        }
        let layout = self.layout_of(ty)?;
        let display = DisplayTarget::from_crate(self.db, self.analysis.user_crate);
        let name = ty.display(self.db, display).to_string();
        // Reserve the id first: recursive types reach themselves through pointers.
        let id = self.program.tys.push(TyData {
            kind: BsTyKind::Never,
            name: name.clone(),
            layout: layout.clone(),
            flags: TyFlags::default(),
            variants: Vec::new(),
            drop_impl: None,
        });
        self.state.tys.insert(key, id);
        let (kind, variants, mut flags) = self.ty_structure(ty, &layout)?;
        flags.needs_drop = self.needs_drop(&kind, &variants, flags);
        let drop_impl = match ty.kind() {
            TyKind::Adt(def, _) => self.drop_impl(def.def_id(), ty)?,
            _ => None,
        };
        flags.needs_drop |= drop_impl.is_some();
        let data = &mut self.program.tys.tys[id.index()];
        data.kind = kind;
        data.variants = variants;
        data.flags = flags;
        data.drop_impl = drop_impl;
        Ok(id)
    }

    fn layout_of(&self, ty: Ty<'db>) -> Result<Layout, LowerError> {
        let env = self.mono.env.store();
        match self.db.layout_of_ty(ty.store(), env) {
            Ok(l) => Ok(convert_layout(&l)),
            Err(e) => {
                let display = DisplayTarget::from_crate(self.db, self.analysis.user_crate);
                Err(LowerError {
                    message: format!(
                        "unsupported: no layout for type `{}` ({e:?})",
                        ty.display(self.db, display)
                    ),
                    span: Span::DUMMY,
                })
            }
        }
    }

    fn ty_structure(
        &mut self,
        ty: Ty<'db>,
        layout: &Layout,
    ) -> Result<(BsTyKind, Vec<VariantDef>, TyFlags), LowerError> {
        let mut flags = TyFlags {
            unpin: true,
            ..TyFlags::default()
        };
        let kind = match ty.kind() {
            TyKind::Bool => BsTyKind::Bool,
            TyKind::Char => BsTyKind::Char,
            TyKind::Int(i) => BsTyKind::Int(match i {
                ra_ap_rustc_type_ir::IntTy::I8 => IntTy::I8,
                ra_ap_rustc_type_ir::IntTy::I16 => IntTy::I16,
                ra_ap_rustc_type_ir::IntTy::I32 => IntTy::I32,
                ra_ap_rustc_type_ir::IntTy::I64 => IntTy::I64,
                ra_ap_rustc_type_ir::IntTy::I128 => IntTy::I128,
                ra_ap_rustc_type_ir::IntTy::Isize => IntTy::Isize,
            }),
            TyKind::Uint(u) => BsTyKind::Int(match u {
                ra_ap_rustc_type_ir::UintTy::U8 => IntTy::U8,
                ra_ap_rustc_type_ir::UintTy::U16 => IntTy::U16,
                ra_ap_rustc_type_ir::UintTy::U32 => IntTy::U32,
                ra_ap_rustc_type_ir::UintTy::U64 => IntTy::U64,
                ra_ap_rustc_type_ir::UintTy::U128 => IntTy::U128,
                ra_ap_rustc_type_ir::UintTy::Usize => IntTy::Usize,
            }),
            TyKind::Float(f) => BsTyKind::Float(match f {
                ra_ap_rustc_type_ir::FloatTy::F32 => FloatTy::F32,
                ra_ap_rustc_type_ir::FloatTy::F64 => FloatTy::F64,
                other => return Err(self.unsupported(format!("float type {other:?}"), Span::DUMMY)),
            }),
            TyKind::Str => BsTyKind::Str,
            TyKind::Never => BsTyKind::Never,
            TyKind::Tuple(tys) => {
                let mut ids = Vec::new();
                for t in tys.iter() {
                    ids.push(self.intern_ty(t)?);
                }
                self.absorb_field_flags(&mut flags, &ids);
                BsTyKind::Tuple(ids)
            }
            TyKind::Array(elem, _) => {
                let e = self.intern_ty(elem)?;
                let count = match layout.fields {
                    FieldsShape::Array { count, .. } => count,
                    _ => 0,
                };
                self.absorb_field_flags(&mut flags, &[e]);
                BsTyKind::Array(e, count)
            }
            TyKind::Slice(elem) => {
                let e = self.intern_ty(elem)?;
                self.absorb_field_flags(&mut flags, &[e]);
                BsTyKind::Slice(e)
            }
            TyKind::Ref(_, pointee, m) => {
                flags.has_retag_fields = true;
                BsTyKind::Ref(self.intern_ty(pointee)?, mutability(m))
            }
            TyKind::RawPtr(pointee, m) => BsTyKind::RawPtr(self.intern_ty(pointee)?, mutability(m)),
            TyKind::Adt(def, args) => {
                let adt = def.def_id();
                let bs_adt = self.adt_id(adt, ty);
                let lang = self.mono.interner.lang_items();
                let (variant_ids, kind): (Vec<(VariantId, String, i128)>, _) = match adt {
                    HirAdtId::StructId(s) => {
                        let sig = ra_ap_hir_def::signatures::StructSignature::of(self.db, s);
                        flags.is_phantom = sig.flags.contains(StructFlags::IS_PHANTOM_DATA);
                        flags.is_box = Some(s) == lang.OwnedBox;
                        flags.is_unsafe_cell = Some(s) == lang.UnsafeCell;
                        flags.is_manually_drop = Some(s) == lang.ManuallyDrop;
                        let name = sig.name.as_str().to_string();
                        flags.is_maybe_dangling = name == "MaybeDangling";
                        if name == "PhantomPinned" || name == "UnsafePinned" {
                            flags.unpin = false;
                        }
                        if name == "UnsafePinned" {
                            flags.is_unsafe_cell = true;
                        }
                        (vec![(s.into(), name, 0)], AdtKind::Struct)
                    }
                    HirAdtId::UnionId(u) => {
                        flags.is_union = true;
                        let name = ra_ap_hir_def::signatures::UnionSignature::of(self.db, u)
                            .name
                            .as_str()
                            .to_string();
                        (vec![(u.into(), name, 0)], AdtKind::Union)
                    }
                    HirAdtId::EnumId(e) => {
                        let mut vs = Vec::new();
                        for (name, (vid, _)) in e.enum_variants(self.db).variants.iter() {
                            let discr = self
                                .db
                                .const_eval_discriminant(*vid)
                                .unwrap_or(vs.len() as i128);
                            vs.push(((*vid).into(), name.as_str().to_string(), discr));
                        }
                        (vs, AdtKind::Enum)
                    }
                };
                let _ = bs_adt;
                let _ = kind;
                let mut variants = Vec::new();
                for (vid, name, discr) in variant_ids {
                    let fields = vid.fields(self.db);
                    let field_names: Vec<String> = fields
                        .fields()
                        .iter()
                        .map(|(_, f)| f.name.as_str().to_string())
                        .collect();
                    let mut field_tys = Vec::new();
                    for (_, fty) in self.db.field_types(vid).iter() {
                        let t = fty.ty().instantiate(self.mono.interner, args);
                        let t = self.mono.normalize(t.skip_norm_wip());
                        field_tys.push(self.intern_ty(t)?);
                    }
                    if !flags.is_union {
                        let ids = field_tys.clone();
                        self.absorb_field_flags(&mut flags, &ids);
                    }
                    variants.push(VariantDef {
                        name,
                        discr,
                        field_names,
                        field_tys,
                    });
                }
                if flags.is_box {
                    flags.has_retag_fields = true;
                }
                if flags.is_unsafe_cell {
                    flags.has_unsafe_cell = true;
                }
                if flags.is_maybe_dangling {
                    flags.has_retag_fields = false;
                }
                return Ok((BsTyKind::Adt(bs_adt, Vec::new()), variants, flags));
            }
            TyKind::FnDef(def, args) => {
                let inst = self.fn_def_instance(def.0, args)?;
                BsTyKind::FnDef(inst)
            }
            TyKind::FnPtr(sig_tys, header) => {
                let sig = sig_tys.skip_binder();
                let mut inputs = Vec::new();
                for t in sig.inputs().iter() {
                    inputs.push(self.intern_ty(*t)?);
                }
                let output = self.intern_ty(sig.output())?;
                BsTyKind::FnPtr(bs_ir::FnSig {
                    inputs,
                    output,
                    unsafety: !ra_ap_rustc_type_ir::inherent::Safety::is_safe(header.safety()),
                })
            }
            TyKind::Closure(def, args) => {
                let inst = self.closure_instance(def.0, args)?;
                let mut ids = Vec::new();
                for t in args.as_closure().upvar_tys().iter() {
                    ids.push(self.intern_ty(t)?);
                }
                self.absorb_field_flags(&mut flags, &ids);
                BsTyKind::Closure(inst, ids)
            }
            TyKind::Dynamic(preds, _) => {
                let principal = preds.principal_def_id().map(|t| t.0);
                let tid = self.trait_id(principal);
                BsTyKind::Dyn(tid)
            }
            other => {
                let display = DisplayTarget::from_crate(self.db, self.analysis.user_crate);
                return Err(self.unsupported(
                    format!(
                        "type `{}` ({:?})",
                        ty.display(self.db, display),
                        std::mem::discriminant(&other)
                    ),
                    Span::DUMMY,
                ));
            }
        };
        Ok((kind, Vec::new(), flags))
    }

    /// Folds the facts of field types into the containing type's flags.
    fn absorb_field_flags(&self, flags: &mut TyFlags, fields: &[TyId]) {
        for &f in fields {
            let ff = self.program.tys.get(f).flags;
            flags.has_unsafe_cell |= ff.has_unsafe_cell;
            flags.has_retag_fields |= ff.has_retag_fields;
            flags.unpin &= ff.unpin;
            flags.needs_drop |= ff.needs_drop;
        }
    }

    fn needs_drop(&self, kind: &BsTyKind, _variants: &[VariantDef], flags: TyFlags) -> bool {
        if flags.is_manually_drop || flags.is_union {
            return false;
        }
        match kind {
            BsTyKind::Dyn(_) => true,
            _ => flags.needs_drop || flags.is_box,
        }
    }

    fn adt_id(&mut self, adt: HirAdtId, ty: Ty<'db>) -> bs_ir::AdtId {
        if let Some(&id) = self.state.adts.get(&adt) {
            return id;
        }
        let display = DisplayTarget::from_crate(self.db, self.analysis.user_crate);
        let full = ty.display(self.db, display).to_string();
        let path = full.split('<').next().unwrap_or(&full).to_string();
        let kind = match adt {
            HirAdtId::StructId(_) => AdtKind::Struct,
            HirAdtId::UnionId(_) => AdtKind::Union,
            HirAdtId::EnumId(_) => AdtKind::Enum,
        };
        self.program.tys.adts.push(AdtDef { path, kind });
        let id = bs_ir::AdtId::from_usize(self.program.tys.adts.len() - 1);
        self.state.adts.insert(adt, id);
        id
    }

    fn trait_id(&mut self, t: Option<ra_ap_hir_def::TraitId>) -> bs_ir::TraitId {
        let Some(t) = t else {
            self.program.tys.traits.push(TraitDef {
                path: "(auto traits only)".into(),
            });
            return bs_ir::TraitId::from_usize(self.program.tys.traits.len() - 1);
        };
        if let Some(&id) = self.state.traits.get(&t) {
            return id;
        }
        let name = ra_ap_hir_def::signatures::TraitSignature::of(self.db, t)
            .name
            .as_str()
            .to_string();
        self.program.tys.traits.push(TraitDef { path: name });
        let id = bs_ir::TraitId::from_usize(self.program.tys.traits.len() - 1);
        self.state.traits.insert(t, id);
        id
    }

    /// The `<T as Drop>::drop` instance if the ADT implements `Drop`.
    fn drop_impl(
        &mut self,
        adt: HirAdtId,
        ty: Ty<'db>,
    ) -> Result<Option<bs_ir::InstanceId>, LowerError> {
        let lang = self.mono.interner.lang_items();
        let Some(drop_fn) = lang.Drop_drop else {
            return Ok(None);
        };
        if ra_ap_hir_ty::drop::destructor(self.db, adt).is_none() {
            return Ok(None);
        }
        let args = ra_ap_hir_ty::next_solver::GenericArgs::new_from_slice(&[ty.into()]);
        let (resolved, impl_args) = self.db.lookup_impl_method(self.mono.env, drop_fn, args);
        match resolved {
            either::Either::Left(f) if f != drop_fn => {
                let key = InstanceKey::Fn(f, impl_args.store());
                Ok(Some(self.instance_for_key(
                    key,
                    crate::instance::InstanceOwner::Fn(f),
                )))
            }
            _ => Ok(None),
        }
    }
}

fn mutability(m: ra_ap_hir_ty::next_solver::Mutability) -> Mutability {
    match m {
        ra_ap_hir_ty::next_solver::Mutability::Not => Mutability::Not,
        ra_ap_hir_ty::next_solver::Mutability::Mut => Mutability::Mut,
    }
}

type RaLayout =
    abi::LayoutData<ra_ap_hir_ty::layout::RustcFieldIdx, ra_ap_hir_ty::layout::RustcEnumVariantIdx>;

/// Converts a rust-analyzer (rustc_abi) layout into ours.
pub fn convert_layout(l: &RaLayout) -> Layout {
    convert_layout_inner(l)
}

fn convert_scalar(s: &abi::Scalar) -> Scalar {
    let (value, start, end) = match s {
        abi::Scalar::Initialized { value, valid_range } => {
            (*value, valid_range.start, valid_range.end)
        }
        abi::Scalar::Union { value } => (*value, 0, u128::MAX),
    };
    let (size, signed, pointer) = match value {
        abi::Primitive::Int(i, signed) => (i.size().bytes() as u8, signed, false),
        abi::Primitive::Float(f) => (f.size().bytes() as u8, false, false),
        abi::Primitive::Pointer(_) => (8, false, true),
    };
    let mask = if size >= 16 {
        u128::MAX
    } else {
        (1u128 << (size as u32 * 8)) - 1
    };
    let (start, end) = if matches!(s, abi::Scalar::Union { .. }) {
        (0, mask)
    } else {
        (start & mask, end & mask)
    };
    Scalar {
        size,
        signed,
        valid_start: start,
        valid_end: end,
        pointer,
    }
}

fn convert_fields(f: &abi::FieldsShape<ra_ap_hir_ty::layout::RustcFieldIdx>) -> FieldsShape {
    match f {
        abi::FieldsShape::Primitive => FieldsShape::Primitive,
        abi::FieldsShape::Union(n) => FieldsShape::Union {
            count: n.get() as u32,
        },
        abi::FieldsShape::Array { stride, count } => FieldsShape::Array {
            stride: stride.bytes(),
            count: *count,
        },
        abi::FieldsShape::Arbitrary { offsets, .. } => FieldsShape::Arbitrary {
            offsets: offsets.iter().map(|o| o.bytes()).collect(),
        },
    }
}

fn convert_layout_inner(l: &RaLayout) -> Layout {
    let fields = convert_fields(&l.fields);
    let variants = match &l.variants {
        abi::Variants::Empty => Variants::Single { index: 0 },
        abi::Variants::Single { index } => Variants::Single {
            index: index.0 as u32,
        },
        abi::Variants::Multiple {
            tag,
            tag_encoding,
            tag_field,
            variants,
        } => Variants::Multiple {
            tag: convert_scalar(tag),
            encoding: match tag_encoding {
                abi::TagEncoding::Direct => TagEncoding::Direct,
                abi::TagEncoding::Niche {
                    untagged_variant,
                    niche_variants,
                    niche_start,
                } => TagEncoding::Niche {
                    untagged: untagged_variant.0 as u32,
                    niche_variants: (
                        niche_variants.start().0 as u32,
                        niche_variants.end().0 as u32,
                    ),
                    niche_start: *niche_start,
                },
            },
            tag_offset: l
                .fields
                .offset(tag_field.0.into_raw().into_u32() as usize)
                .bytes(),
            variants: variants.iter().map(convert_layout_inner).collect(),
        },
    };
    let scalar = match &l.backend_repr {
        abi::BackendRepr::Scalar(s) => Some(convert_scalar(s)),
        _ => None,
    };
    let sized = !matches!(l.backend_repr, abi::BackendRepr::Memory { sized: false });
    Layout {
        size: l.size.bytes(),
        align: l.align.abi.bytes(),
        sized,
        uninhabited: l.uninhabited,
        fields,
        variants,
        scalar,
    }
}
