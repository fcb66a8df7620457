//! Values in flight between places: scalars, scalar pairs (fat pointers), byte blobs (aggregates), and
//! the per-type facts ([`TyInfo`]) that decide which representation a type uses.

use bs_ir::{FloatTy, TyData, TyKind, TyTable};

use crate::memory::{Bytes, Pointer, Provenance};

/// A scalar: up to 16 bytes of bits, plus provenance when it is a pointer.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Scalar {
    pub bits: u128,
    pub prov: Option<Provenance>,
}

impl Scalar {
    #[inline]
    pub const fn int(bits: u128) -> Scalar {
        Scalar { bits, prov: None }
    }
    #[inline]
    pub fn from_ptr(p: Pointer) -> Scalar {
        Scalar {
            bits: p.addr as u128,
            prov: p.prov,
        }
    }
    #[inline]
    pub fn to_ptr(self) -> Pointer {
        Pointer {
            addr: self.bits as u64,
            prov: self.prov,
        }
    }
    #[inline]
    pub fn from_bool(b: bool) -> Scalar {
        Scalar::int(b as u128)
    }
}

#[derive(Clone, Debug)]
pub enum Value {
    Zst,
    Scalar(Scalar),
    /// A fat pointer: data pointer and metadata (length or vtable pointer).
    Pair(Scalar, Scalar),
    /// Any other value, as bytes of the type's size.
    Mem(Box<Bytes>),
}

impl Value {
    pub fn scalar(&self) -> Option<Scalar> {
        match self {
            Value::Scalar(s) => Some(*s),
            _ => None,
        }
    }
}

/// How values of a type travel.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Repr {
    Zst,
    Scalar,
    Pair,
    Mem,
    Unsized,
}

/// What kind of scalar a `Repr::Scalar` type is (drives validity checks and arithmetic).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SKind {
    Int { signed: bool },
    Bool,
    Char,
    Float(FloatTy),
    RawPtr,
    Ref,
    FnPtr,
    Other,
}

#[derive(Copy, Clone, Debug)]
pub struct TyInfo {
    pub repr: Repr,
    pub size: u64,
    pub align: u64,
    pub skind: SKind,
}

impl TyInfo {
    pub fn compute(tys: &TyTable, data: &TyData) -> TyInfo {
        let l = &data.layout;
        let skind = match &data.kind {
            TyKind::Int(i) => SKind::Int { signed: i.signed() },
            TyKind::Bool => SKind::Bool,
            TyKind::Char => SKind::Char,
            TyKind::Float(f) => SKind::Float(*f),
            TyKind::RawPtr(..) => SKind::RawPtr,
            TyKind::Ref(..) => SKind::Ref,
            TyKind::FnPtr(_) => SKind::FnPtr,
            _ => SKind::Other,
        };
        let repr = if !l.sized {
            Repr::Unsized
        } else if l.size == 0 {
            Repr::Zst
        } else {
            match &data.kind {
                TyKind::Bool
                | TyKind::Char
                | TyKind::Int(_)
                | TyKind::Float(_)
                | TyKind::FnPtr(_) => Repr::Scalar,
                TyKind::Ref(p, _) | TyKind::RawPtr(p, _) => {
                    if tys.tys.get(p.index()).is_some_and(|d| !d.layout.sized) {
                        Repr::Pair
                    } else {
                        Repr::Scalar
                    }
                }
                _ => Repr::Mem,
            }
        };
        TyInfo {
            repr,
            size: l.size,
            align: l.align.max(1),
            skind,
        }
    }
}

/// Sign-extends the low `size` bytes of `bits`.
#[inline]
pub fn sext(bits: u128, size: u64) -> i128 {
    if size >= 16 {
        return bits as i128;
    }
    if size == 0 {
        return 0;
    }
    let shift = 128 - size * 8;
    ((bits << shift) as i128) >> shift
}

/// Truncates to the low `size` bytes.
#[inline]
pub fn trunc(bits: u128, size: u64) -> u128 {
    if size >= 16 {
        bits
    } else {
        bits & ((1u128 << (size * 8)) - 1)
    }
}
