//! Type layouts: sizes, alignments, field offsets, enum tag encodings and scalar validity ranges.
//!
//! The frontend converts rust-analyzer's layouts (which are rustc-identical: field reordering, niches,
//! tag encodings) into this form once per interned type. The machine reads only this.

/// The layout of a type (or of one enum variant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Size in bytes. For unsized types (`[T]`, `str`, `dyn Trait`, structs with such a tail) this is the
    /// size of the sized prefix; the dynamic size comes from the pointer metadata.
    pub size: u64,
    /// Alignment in bytes (a power of two). For `dyn Trait` the real alignment comes from the vtable.
    pub align: u64,
    pub sized: bool,
    /// Whether no value of this type exists (`!`, empty enums). Producing such a value is UB.
    pub uninhabited: bool,
    /// Offsets of the fields of this type (for an enum: the fields of the single variant if
    /// `variants` is `Single`, otherwise empty: variant fields live in `Variants::Multiple`).
    pub fields: FieldsShape,
    pub variants: Variants,
    /// For scalars (ints, bool, char, pointers, fieldless data), the validity range of the value, used
    /// for the invalid-value checks (bool is 0..=1, char excludes surrogates via the char check,
    /// references and `NonNull` are non-null, enums get their niche range).
    pub scalar: Option<Scalar>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldsShape {
    /// Scalars and other types with no fields.
    Primitive,
    /// Arrays and slices: `count` elements of `stride` bytes (for slices `count` is 0 and the real
    /// length comes from the metadata).
    Array { stride: u64, count: u64 },
    /// Unions: every field at offset 0.
    Union { count: u32 },
    /// Structs, tuples, closures, variants: offset of each field in declaration order.
    Arbitrary { offsets: Vec<u64> },
}

impl FieldsShape {
    pub fn offset(&self, field: usize) -> u64 {
        match self {
            FieldsShape::Primitive => 0,
            FieldsShape::Array { stride, .. } => stride * field as u64,
            FieldsShape::Union { .. } => 0,
            FieldsShape::Arbitrary { offsets } => offsets[field],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Variants {
    /// Structs, tuples and enums with one inhabited variant (index `index`).
    Single { index: u32 },
    /// Enums whose variant is encoded in a tag.
    Multiple {
        tag: Scalar,
        encoding: TagEncoding,
        /// Byte offset of the tag field.
        tag_offset: u64,
        /// Layout of each variant (its `fields` give the offsets of that variant's fields).
        variants: Vec<Layout>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagEncoding {
    /// The tag holds the variant's discriminant value (truncated to the tag's size).
    Direct,
    /// The variant `untagged` is stored without a tag; variants in `niche_variants` are encoded as
    /// `(variant_index - niche_variants.0).wrapping_add(niche_start)` in the niche field.
    Niche {
        untagged: u32,
        niche_variants: (u32, u32),
        niche_start: u128,
    },
}

/// A scalar value's shape: its size, signedness and valid range (wrapping, inclusive, like rustc's
/// `WrappingRange`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scalar {
    pub size: u8,
    pub signed: bool,
    pub valid_start: u128,
    pub valid_end: u128,
    /// Whether the scalar is a pointer (its bytes may carry provenance).
    pub pointer: bool,
}

impl Scalar {
    /// Whether `bits` (zero-extended) lies in the wrapping valid range.
    pub fn is_valid(&self, bits: u128) -> bool {
        if self.valid_start <= self.valid_end {
            self.valid_start <= bits && bits <= self.valid_end
        } else {
            bits >= self.valid_start || bits <= self.valid_end
        }
    }
}

impl Layout {
    /// The layout of a fieldless sized type of the given size.
    pub fn primitive(size: u64, align: u64, scalar: Option<Scalar>) -> Layout {
        Layout {
            size,
            align,
            sized: true,
            uninhabited: false,
            fields: FieldsShape::Primitive,
            variants: Variants::Single { index: 0 },
            scalar,
        }
    }

    /// Field offsets of variant `variant` (for single-variant types, `variant` must be that variant).
    pub fn variant_fields(&self, variant: u32) -> &FieldsShape {
        match &self.variants {
            Variants::Single { .. } => &self.fields,
            Variants::Multiple { variants, .. } => &variants[variant as usize].fields,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_valid_range() {
        let nonnull = Scalar {
            size: 8,
            signed: false,
            valid_start: 1,
            valid_end: u64::MAX as u128,
            pointer: true,
        };
        assert!(!nonnull.is_valid(0));
        assert!(nonnull.is_valid(1));
        let wrap = Scalar {
            size: 1,
            signed: false,
            valid_start: 254,
            valid_end: 1,
            pointer: false,
        };
        assert!(wrap.is_valid(255) && wrap.is_valid(0) && wrap.is_valid(1));
        assert!(!wrap.is_valid(2));
    }
}
