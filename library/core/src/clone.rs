//! `Clone` and its impls for primitive types, references, raw pointers and `!`.

use crate::marker::{PointeeSized, Sized};

#[lang = "clone"]
#[rustc_trivial_field_reads]
pub trait Clone: Sized {
    fn clone(&self) -> Self;

    #[inline]
    fn clone_from(&mut self, source: &Self) {
        *self = source.clone()
    }
}

/// `#[derive(Clone)]`
#[rustc_builtin_macro]
pub macro Clone($item:item) {
    /* compiler built-in */
}

/// Used by rustc's `#[derive(Clone)]` expansion.
#[doc(hidden)]
pub struct AssertParamIsClone<T: Clone + PointeeSized> {
    _field: crate::marker::PhantomData<T>,
}

/// Used by rustc's `#[derive(Clone)]` expansion.
#[doc(hidden)]
pub struct AssertParamIsCopy<T: crate::marker::Copy + PointeeSized> {
    _field: crate::marker::PhantomData<T>,
}

macro_rules! impl_clone {
    ($($t:ty)*) => {$(
        impl Clone for $t {
            #[inline(always)]
            fn clone(&self) -> Self { *self }
        }
    )*};
}
impl_clone! {
    usize u8 u16 u32 u64 u128
    isize i8 i16 i32 i64 i128
    f32 f64
    bool char
}

impl Clone for ! {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: PointeeSized> Clone for *const T {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: PointeeSized> Clone for *mut T {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

/// Shared references can be cloned, but mutable references *cannot*.
impl<T: PointeeSized> Clone for &T {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

/// Marker used by rustc's `#[derive(Clone)]` expansion for `Copy` types (rust-analyzer's
/// expansion does not use it).
#[doc(hidden)]
pub unsafe trait TrivialClone: Clone {}
