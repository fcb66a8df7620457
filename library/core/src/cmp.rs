//! Comparison traits (`PartialEq`/`Eq`/`PartialOrd`/`Ord`), `Ordering`, `Reverse`, `min`/`max`,
//! and their impls for primitive types and references (the impls for `str`, slices, arrays and
//! tuples are next to those types).

use crate::marker::{PointeeSized, Sized};
use crate::ops::FnOnce;
use crate::option::Option::{self, None, Some};

/// `==` and `!=`.
#[lang = "eq"]
#[rustc_on_unimplemented(message = "can't compare `{Self}` with `{Rhs}`")]
pub trait PartialEq<Rhs: PointeeSized = Self>: PointeeSized {
    fn eq(&self, other: &Rhs) -> bool;
    #[inline]
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

/// `#[derive(PartialEq)]`
#[rustc_builtin_macro]
pub macro PartialEq($item:item) {
    /* compiler built-in */
}

/// Equality that is an equivalence relation.
pub trait Eq: PartialEq<Self> + PointeeSized {
    #[doc(hidden)]
    #[inline]
    fn assert_receiver_is_total_eq(&self) {}
    #[doc(hidden)]
    #[inline]
    fn assert_fields_are_eq(&self) {}
}

/// `#[derive(Eq)]`
#[rustc_builtin_macro]
pub macro Eq($item:item) {
    /* compiler built-in */
}

/// Used by rustc's `#[derive(Eq)]` expansion.
#[doc(hidden)]
pub struct AssertParamIsEq<T: Eq + PointeeSized> {
    _field: crate::marker::PhantomData<T>,
}

/// The result of a comparison. The discriminants are those of real core (`-1`, `0`, `1`).
#[lang = "Ordering"]
#[repr(i8)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

use self::Ordering::{Equal, Greater, Less};

impl Ordering {
    #[inline]
    pub const fn is_eq(self) -> bool {
        matches!(self, Equal)
    }
    #[inline]
    pub const fn is_ne(self) -> bool {
        !matches!(self, Equal)
    }
    #[inline]
    pub const fn is_lt(self) -> bool {
        matches!(self, Less)
    }
    #[inline]
    pub const fn is_gt(self) -> bool {
        matches!(self, Greater)
    }
    #[inline]
    pub const fn is_le(self) -> bool {
        !matches!(self, Greater)
    }
    #[inline]
    pub const fn is_ge(self) -> bool {
        !matches!(self, Less)
    }
    #[inline]
    pub const fn reverse(self) -> Ordering {
        match self {
            Less => Greater,
            Equal => Equal,
            Greater => Less,
        }
    }
    #[inline]
    pub const fn then(self, other: Ordering) -> Ordering {
        match self {
            Equal => other,
            _ => self,
        }
    }
    #[inline]
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Equal => f(),
            _ => self,
        }
    }
}

impl crate::fmt::Debug for Ordering {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str(match self {
            Less => "Less",
            Equal => "Equal",
            Greater => "Greater",
        })
    }
}

impl PartialOrd for Ordering {
    #[inline]
    fn partial_cmp(&self, other: &Ordering) -> Option<Ordering> {
        (*self as i8).partial_cmp(&(*other as i8))
    }
}

impl Ord for Ordering {
    #[inline]
    fn cmp(&self, other: &Ordering) -> Ordering {
        (*self as i8).cmp(&(*other as i8))
    }
}

/// Reverses the order of the wrapped value.
#[derive(PartialEq, Eq, Debug, Copy, Clone, Default, Hash)]
#[repr(transparent)]
pub struct Reverse<T>(pub T);

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    #[inline]
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> {
        other.0.partial_cmp(&self.0)
    }
}

impl<T: Ord> Ord for Reverse<T> {
    #[inline]
    fn cmp(&self, other: &Reverse<T>) -> Ordering {
        other.0.cmp(&self.0)
    }
}

/// Total order.
pub trait Ord: Eq + PartialOrd<Self> + PointeeSized {
    fn cmp(&self, other: &Self) -> Ordering;

    #[inline]
    fn max(self, other: Self) -> Self
    where
        Self: Sized,
    {
        // Real core: returns `other` when equal.
        if other < self { self } else { other }
    }

    #[inline]
    fn min(self, other: Self) -> Self
    where
        Self: Sized,
    {
        // Real core: returns `self` when equal.
        if other < self { other } else { self }
    }

    #[track_caller]
    fn clamp(self, min: Self, max: Self) -> Self
    where
        Self: Sized,
    {
        assert!(min <= max);
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }
}

/// `#[derive(Ord)]`
#[rustc_builtin_macro]
pub macro Ord($item:item) {
    /* compiler built-in */
}

/// `<`, `<=`, `>`, `>=`.
#[lang = "partial_ord"]
pub trait PartialOrd<Rhs: PointeeSized = Self>: PartialEq<Rhs> + PointeeSized {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;

    #[inline]
    fn lt(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Less))
    }
    #[inline]
    fn le(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Less | Equal))
    }
    #[inline]
    fn gt(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Greater))
    }
    #[inline]
    fn ge(&self, other: &Rhs) -> bool {
        matches!(self.partial_cmp(other), Some(Greater | Equal))
    }
}

/// `#[derive(PartialOrd)]`
#[rustc_builtin_macro]
pub macro PartialOrd($item:item) {
    /* compiler built-in */
}

#[inline]
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    v1.min(v2)
}

#[inline]
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    v1.max(v2)
}

#[inline]
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Less | Equal => v1,
        Greater => v2,
    }
}

#[inline]
pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Less | Equal => v2,
        Greater => v1,
    }
}

#[inline]
pub fn min_by_key<T, F: crate::ops::FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 < k1 { v2 } else { v1 }
}

#[inline]
pub fn max_by_key<T, F: crate::ops::FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 < k1 { v1 } else { v2 }
}

// ----- impls for primitive types -----

macro_rules! partial_eq_impl {
    ($($t:ty)*) => {$(
        impl PartialEq for $t {
            #[inline]
            fn eq(&self, other: &$t) -> bool { (*self) == (*other) }
            #[inline]
            fn ne(&self, other: &$t) -> bool { (*self) != (*other) }
        }
    )*};
}
partial_eq_impl! { bool char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }

macro_rules! eq_impl {
    ($($t:ty)*) => {$( impl Eq for $t {} )*};
}
eq_impl! { () bool char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

impl PartialEq for () {
    #[inline]
    fn eq(&self, _other: &()) -> bool {
        true
    }
}

impl PartialEq for ! {
    fn eq(&self, _: &!) -> bool {
        *self
    }
}
impl Eq for ! {}
impl PartialOrd for ! {
    fn partial_cmp(&self, _: &!) -> Option<Ordering> {
        *self
    }
}
impl Ord for ! {
    fn cmp(&self, _: &!) -> Ordering {
        *self
    }
}

impl PartialOrd for () {
    #[inline]
    fn partial_cmp(&self, _: &()) -> Option<Ordering> {
        Some(Equal)
    }
}
impl Ord for () {
    #[inline]
    fn cmp(&self, _other: &()) -> Ordering {
        Equal
    }
}

macro_rules! partial_ord_float_impl {
    ($($t:ty)*) => {$(
        impl PartialOrd for $t {
            #[inline]
            fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                match (*self <= *other, *self >= *other) {
                    (false, false) => None,
                    (false, true) => Some(Greater),
                    (true, false) => Some(Less),
                    (true, true) => Some(Equal),
                }
            }
            #[inline]
            fn lt(&self, other: &$t) -> bool { (*self) < (*other) }
            #[inline]
            fn le(&self, other: &$t) -> bool { (*self) <= (*other) }
            #[inline]
            fn gt(&self, other: &$t) -> bool { (*self) > (*other) }
            #[inline]
            fn ge(&self, other: &$t) -> bool { (*self) >= (*other) }
        }
    )*};
}
partial_ord_float_impl! { f32 f64 }

macro_rules! ord_impl {
    ($($t:ty)*) => {$(
        impl PartialOrd for $t {
            #[inline]
            fn partial_cmp(&self, other: &$t) -> Option<Ordering> {
                Some(self.cmp(other))
            }
            #[inline]
            fn lt(&self, other: &$t) -> bool { (*self) < (*other) }
            #[inline]
            fn le(&self, other: &$t) -> bool { (*self) <= (*other) }
            #[inline]
            fn gt(&self, other: &$t) -> bool { (*self) > (*other) }
            #[inline]
            fn ge(&self, other: &$t) -> bool { (*self) >= (*other) }
        }

        impl Ord for $t {
            #[inline]
            fn cmp(&self, other: &$t) -> Ordering {
                if *self < *other {
                    Less
                } else if *self == *other {
                    Equal
                } else {
                    Greater
                }
            }
        }
    )*};
}
ord_impl! { char usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

impl PartialOrd for bool {
    #[inline]
    fn partial_cmp(&self, other: &bool) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for bool {
    #[inline]
    fn cmp(&self, other: &bool) -> Ordering {
        (*self as u8).cmp(&(*other as u8))
    }
}

// ----- references: compare the pointees -----

impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&B) -> bool {
        PartialEq::eq(*self, *other)
    }
    #[inline]
    fn ne(&self, other: &&B) -> bool {
        PartialEq::ne(*self, *other)
    }
}

impl<A: ?Sized, B: ?Sized> PartialOrd<&B> for &A
where
    A: PartialOrd<B>,
{
    #[inline]
    fn partial_cmp(&self, other: &&B) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
    #[inline]
    fn lt(&self, other: &&B) -> bool {
        PartialOrd::lt(*self, *other)
    }
    #[inline]
    fn le(&self, other: &&B) -> bool {
        PartialOrd::le(*self, *other)
    }
    #[inline]
    fn gt(&self, other: &&B) -> bool {
        PartialOrd::gt(*self, *other)
    }
    #[inline]
    fn ge(&self, other: &&B) -> bool {
        PartialOrd::ge(*self, *other)
    }
}

impl<A: ?Sized> Ord for &A
where
    A: Ord,
{
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

impl<A: ?Sized> Eq for &A where A: Eq {}

impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &mut A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&mut B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl<A: ?Sized, B: ?Sized> PartialOrd<&mut B> for &mut A
where
    A: PartialOrd<B>,
{
    #[inline]
    fn partial_cmp(&self, other: &&mut B) -> Option<Ordering> {
        PartialOrd::partial_cmp(*self, *other)
    }
}

impl<A: ?Sized> Ord for &mut A
where
    A: Ord,
{
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(*self, *other)
    }
}

impl<A: ?Sized> Eq for &mut A where A: Eq {}

impl<A: ?Sized, B: ?Sized> PartialEq<&mut B> for &A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&mut B) -> bool {
        PartialEq::eq(*self, *other)
    }
}

impl<A: ?Sized, B: ?Sized> PartialEq<&B> for &mut A
where
    A: PartialEq<B>,
{
    #[inline]
    fn eq(&self, other: &&B) -> bool {
        PartialEq::eq(*self, *other)
    }
}
