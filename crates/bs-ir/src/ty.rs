//! Interned monomorphic types.
//!
//! A [`TyId`] indexes the [`TyTable`]; each entry has the type's structure ([`TyKind`]), its layout, a
//! display name (rustc's spelling, used in diagnostics and `type_name`), and precomputed facts the
//! machine and the aliasing models need (drop glue, interior mutability, `Unpin`).

use crate::{InstanceId, Layout, index_type};

index_type!(
    /// An interned monomorphic type.
    TyId
);
index_type!(
    /// An algebraic data type definition (struct, enum or union), shared by all its instantiations.
    AdtId
);
index_type!(
    /// A trait (used as the principal of `dyn Trait`).
    TraitId
);

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Mutability {
    Not,
    Mut,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl IntTy {
    pub fn size(self) -> u8 {
        use IntTy::*;
        match self {
            I8 | U8 => 1,
            I16 | U16 => 2,
            I32 | U32 => 4,
            I64 | U64 | Isize | Usize => 8,
            I128 | U128 => 16,
        }
    }
    pub fn signed(self) -> bool {
        use IntTy::*;
        matches!(self, I8 | I16 | I32 | I64 | I128 | Isize)
    }
    pub fn name(self) -> &'static str {
        use IntTy::*;
        match self {
            I8 => "i8",
            I16 => "i16",
            I32 => "i32",
            I64 => "i64",
            I128 => "i128",
            Isize => "isize",
            U8 => "u8",
            U16 => "u16",
            U32 => "u32",
            U64 => "u64",
            U128 => "u128",
            Usize => "usize",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum FloatTy {
    F32,
    F64,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdtKind {
    Struct,
    Enum,
    Union,
}

/// A fn signature, for fn pointers and for checking calls through them.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FnSig {
    pub inputs: Vec<TyId>,
    pub output: TyId,
    pub unsafety: bool,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TyKind {
    Bool,
    Char,
    Int(IntTy),
    Float(FloatTy),
    Str,
    Never,
    Tuple(Vec<TyId>),
    Array(TyId, u64),
    Slice(TyId),
    Ref(TyId, Mutability),
    RawPtr(TyId, Mutability),
    /// A struct, enum or union instantiation: the definition plus the field types of each variant
    /// (already substituted).
    Adt(AdtId, Vec<TyId>),
    /// The zero-sized type of a function item.
    FnDef(InstanceId),
    FnPtr(FnSig),
    /// A closure: its body instance and the types of its captures, in field order.
    Closure(InstanceId, Vec<TyId>),
    Dyn(TraitId),
}

/// One variant of an ADT (a struct or union has exactly one).
#[derive(Clone, Debug)]
pub struct VariantDef {
    pub name: String,
    /// The discriminant value (for enums; 0 for structs).
    pub discr: i128,
    pub field_names: Vec<String>,
    /// Field types of this variant for this instantiation.
    pub field_tys: Vec<TyId>,
}

/// Facts about a type that the machine and the models consult on every typed copy or drop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TyFlags {
    /// Dropping a value of this type runs code (a `Drop` impl somewhere inside, or a `Box`).
    pub needs_drop: bool,
    /// The type contains an `UnsafeCell` outside of any pointer indirection (is not `Freeze`).
    pub has_unsafe_cell: bool,
    /// The type is `Unpin` (relevant to `&mut T` and `Box<T>` retags).
    pub unpin: bool,
    /// The type contains a reference or `Box` outside of pointer indirection, so typed copies retag.
    pub has_retag_fields: bool,
    /// This is `Box<T>` (the lang item `owned_box`).
    pub is_box: bool,
    /// This is `UnsafeCell<T>` (or `UnsafePinned<T>`).
    pub is_unsafe_cell: bool,
    /// This is `ManuallyDrop<T>`: dropping it does nothing.
    pub is_manually_drop: bool,
    /// This is a `union`: never retagged, never dropped field-wise.
    pub is_union: bool,
    /// This is `PhantomData<T>`.
    pub is_phantom: bool,
    /// This is `core::mem::MaybeDangling<T>`: not retagged.
    pub is_maybe_dangling: bool,
}

#[derive(Clone, Debug)]
pub struct TyData {
    pub kind: TyKind,
    /// rustc's spelling of the type, e.g. `std::vec::Vec<i32>` (as `std::any::type_name` prints it).
    pub name: String,
    pub layout: Layout,
    pub flags: TyFlags,
    /// For ADTs: the variants with substituted field types. Empty for other types.
    pub variants: Vec<VariantDef>,
    /// The `<T as Drop>::drop` instance, if this type implements `Drop` itself (fields are dropped
    /// afterwards by the machine's drop glue).
    pub drop_impl: Option<InstanceId>,
}

/// The ADT definitions referenced by `TyKind::Adt`.
#[derive(Clone, Debug)]
pub struct AdtDef {
    /// The path as rustc prints it, without generic arguments (`std::option::Option`).
    pub path: String,
    pub kind: AdtKind,
}

#[derive(Clone, Debug)]
pub struct TraitDef {
    pub path: String,
}

/// The interned types of a program. Append-only: a `TyId` stays valid for the whole run.
#[derive(Default, Debug, Clone)]
pub struct TyTable {
    pub tys: Vec<TyData>,
    pub adts: Vec<AdtDef>,
    pub traits: Vec<TraitDef>,
    /// Commonly used types, filled in by the frontend when it creates the table.
    pub common: CommonTys,
}

/// Types the machine needs by name (e.g. for `Len`, discriminants and pointer arithmetic).
#[derive(Default, Debug, Clone, Copy)]
pub struct CommonTys {
    pub unit: Option<TyId>,
    pub bool: Option<TyId>,
    pub usize: Option<TyId>,
    pub isize: Option<TyId>,
    pub u8: Option<TyId>,
}

impl TyTable {
    #[inline]
    pub fn get(&self, id: TyId) -> &TyData {
        &self.tys[id.index()]
    }

    pub fn push(&mut self, data: TyData) -> TyId {
        self.tys.push(data);
        TyId::from_usize(self.tys.len() - 1)
    }

    /// The pointee of a reference, raw pointer or `Box`.
    pub fn pointee(&self, ty: TyId) -> Option<TyId> {
        let data = self.get(ty);
        match &data.kind {
            TyKind::Ref(p, _) | TyKind::RawPtr(p, _) => Some(*p),
            TyKind::Adt(..) if data.flags.is_box => self.box_pointee(ty),
            _ => None,
        }
    }

    /// The `T` of a `Box<T>`: by convention the frontend records it as the first field type of the
    /// box's single variant when that field is a pointer, so we find it through the pointer chain.
    pub fn box_pointee(&self, ty: TyId) -> Option<TyId> {
        let data = self.get(ty);
        if !data.flags.is_box {
            return None;
        }
        // The model Box is `struct Box<T: ?Sized>(Unique<T>)` and `Unique<T>` wraps `NonNull<T>` which
        // wraps `*const T`: walk single fields until a raw pointer appears.
        let mut cur = data.variants.first()?.field_tys.first().copied()?;
        loop {
            let d = self.get(cur);
            match &d.kind {
                TyKind::RawPtr(p, _) => return Some(*p),
                TyKind::Adt(..) => cur = d.variants.first()?.field_tys.first().copied()?,
                _ => return None,
            }
        }
    }

    /// Whether a pointer to `ty` is a fat pointer (slices, `str`, `dyn`, or a struct with such a tail).
    pub fn is_unsized(&self, ty: TyId) -> bool {
        !self.get(ty).layout.sized
    }
}
