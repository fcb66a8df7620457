//! Marker traits: the sizedness hierarchy, `Copy`, `Send`/`Sync`, `Unpin`, `Unsize`, `Tuple`,
//! `PhantomData`, structural-match markers.
//!
//! The `PointeeSized: MetaSized: Sized` hierarchy follows rustc 1.95 exactly; rust-analyzer's solver
//! relies on it (other bounds break unsizing coercions, see frontend-facts.md §2).

#[lang = "pointee_sized"]
#[fundamental]
#[rustc_specialization_trait]
#[rustc_coinductive]
pub trait PointeeSized {}

#[lang = "meta_sized"]
#[fundamental]
#[rustc_specialization_trait]
#[rustc_coinductive]
pub trait MetaSized: PointeeSized {}

#[lang = "sized"]
#[fundamental]
#[rustc_specialization_trait]
#[rustc_coinductive]
pub trait Sized: MetaSized {}

/// Types whose values can be duplicated by copying bits.
#[lang = "copy"]
#[rustc_unsafe_specialization_marker]
pub trait Copy: Clone {}

/// `#[derive(Copy)]`.
#[rustc_builtin_macro]
pub macro Copy($item:item) {
    /* compiler built-in */
}

mod copy_impls {
    use super::{Copy, PointeeSized};

    macro_rules! impl_copy {
        ($($t:ty)*) => { $( impl Copy for $t {} )* }
    }
    impl_copy! {
        usize u8 u16 u32 u64 u128
        isize i8 i16 i32 i64 i128
        f32 f64
        bool char
    }
    impl Copy for ! {}
    impl<T: PointeeSized> Copy for *const T {}
    impl<T: PointeeSized> Copy for *mut T {}
    impl<T: PointeeSized> Copy for &T {}
}

/// Types that can be transferred across threads (auto trait).
#[rustc_diagnostic_item = "Send"]
pub unsafe auto trait Send {}

impl<T: PointeeSized> !Send for *const T {}
impl<T: PointeeSized> !Send for *mut T {}
unsafe impl<T: Sync + PointeeSized> Send for &T {}
unsafe impl<T: Send + PointeeSized> Send for &mut T {}

/// Types that can be shared between threads (auto trait).
#[lang = "sync"]
pub unsafe auto trait Sync {}

impl<T: PointeeSized> !Sync for *const T {}
impl<T: PointeeSized> !Sync for *mut T {}

/// Types that can be moved after being pinned (auto trait).
#[lang = "unpin"]
pub auto trait Unpin {}

/// Compiler-internal: types without interior mutability (auto trait).
#[lang = "freeze"]
pub unsafe auto trait Freeze {}

/// `T: Unsize<U>` if `T` can be unsized to `U` (`[T; N]` to `[T]`, `T` to `dyn Trait`).
#[lang = "unsize"]
pub trait Unsize<T: PointeeSized>: PointeeSized {}

/// Implemented by the compiler for all tuple types (argument lists of `Fn*`).
#[lang = "tuple_trait"]
pub trait Tuple {}

/// Required for constants used in patterns; implemented by `#[derive(PartialEq)]`.
#[lang = "structural_peq"]
pub trait StructuralPartialEq {}

/// Zero-sized type used to mark things that "act like" they own a `T`.
#[lang = "phantom_data"]
pub struct PhantomData<T: PointeeSized>;

impl<T: PointeeSized> Clone for PhantomData<T> {
    fn clone(&self) -> Self {
        PhantomData
    }
}
impl<T: PointeeSized> Copy for PhantomData<T> {}
impl<T: PointeeSized> crate::default::Default for PhantomData<T> {
    fn default() -> Self {
        PhantomData
    }
}
impl<T: PointeeSized> crate::cmp::PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool {
        true
    }
}
impl<T: PointeeSized> crate::cmp::Eq for PhantomData<T> {}
impl<T: PointeeSized> crate::cmp::PartialOrd for PhantomData<T> {
    fn partial_cmp(&self, _other: &PhantomData<T>) -> crate::option::Option<crate::cmp::Ordering> {
        crate::option::Option::Some(crate::cmp::Ordering::Equal)
    }
}
impl<T: PointeeSized> crate::cmp::Ord for PhantomData<T> {
    fn cmp(&self, _other: &PhantomData<T>) -> crate::cmp::Ordering {
        crate::cmp::Ordering::Equal
    }
}
impl<T: PointeeSized> crate::hash::Hash for PhantomData<T> {
    fn hash<H: crate::hash::Hasher>(&self, _state: &mut H) {}
}
/// Zero-sized marker for "this type is not `Unpin`".
#[derive(Debug, Default, Copy, Clone, Eq, PartialEq, Ord, PartialOrd, Hash)]
pub struct PhantomPinned;

impl !Unpin for PhantomPinned {}

/// Compiler-internal: the type of a value's discriminant (`discriminant_value` intrinsic).
#[lang = "discriminant_kind"]
pub trait DiscriminantKind {
    #[lang = "discriminant_type"]
    type Discriminant: Clone
        + Copy
        + crate::fmt::Debug
        + crate::cmp::Eq
        + crate::cmp::PartialEq
        + crate::cmp::Ord
        + crate::cmp::PartialOrd
        + crate::hash::Hash
        + Send
        + Sync
        + Unpin;
}

/// Compiler-internal: types that can be dropped in `const` contexts.
#[lang = "destruct"]
#[rustc_deny_explicit_impl]
pub const trait Destruct {}

use crate::clone::Clone;
