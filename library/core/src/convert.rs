//! Conversion traits (`From`/`Into`, `TryFrom`/`TryInto`, `AsRef`/`AsMut`), `Infallible`, and the
//! numeric conversions between primitive types (lossless ones are `From`, the others `TryFrom`).

use crate::marker::{PointeeSized, Sized};
use crate::num::TryFromIntError;
use crate::result::Result::{self, Err, Ok};

pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

pub trait Into<T>: Sized {
    fn into(self) -> T;
}

impl<T, U> Into<U> for T
where
    U: From<T>,
{
    #[inline]
    #[track_caller]
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    #[inline(always)]
    fn from(t: T) -> T {
        t
    }
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U> TryInto<U> for T
where
    U: TryFrom<T>,
{
    type Error = U::Error;
    #[inline]
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

/// Infallible conversions are `TryFrom` with `Infallible` errors (as in real core).
impl<T, U> TryFrom<U> for T
where
    U: Into<T>,
{
    type Error = Infallible;
    #[inline]
    fn try_from(value: U) -> Result<Self, Self::Error> {
        Ok(U::into(value))
    }
}

pub trait AsRef<T: PointeeSized>: PointeeSized {
    fn as_ref(&self) -> &T;
}

pub trait AsMut<T: PointeeSized>: PointeeSized {
    fn as_mut(&mut self) -> &mut T;
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &T
where
    T: AsRef<U>,
{
    #[inline]
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T
where
    T: AsRef<U>,
{
    #[inline]
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsMut<U> for &mut T
where
    T: AsMut<U>,
{
    #[inline]
    fn as_mut(&mut self) -> &mut U {
        (*self).as_mut()
    }
}

/// The error type for errors that can never happen.
#[derive(Copy)]
pub enum Infallible {}

impl crate::clone::Clone for Infallible {
    fn clone(&self) -> Infallible {
        match *self {}
    }
}
impl crate::fmt::Debug for Infallible {
    fn fmt(&self, _: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match *self {}
    }
}
impl crate::fmt::Display for Infallible {
    fn fmt(&self, _: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        match *self {}
    }
}
impl crate::cmp::PartialEq for Infallible {
    fn eq(&self, _: &Infallible) -> bool {
        match *self {}
    }
}
impl crate::cmp::Eq for Infallible {}
impl crate::hash::Hash for Infallible {
    fn hash<H: crate::hash::Hasher>(&self, _: &mut H) {
        match *self {}
    }
}

/// Identity function (`convert::identity`).
#[inline(always)]
pub const fn identity<T>(x: T) -> T {
    x
}

// ----- numeric conversions -----

macro_rules! impl_from_lossless {
    ($small:ty => $($large:ty)*) => {$(
        impl From<$small> for $large {
            #[inline(always)]
            fn from(small: $small) -> Self { small as Self }
        }
    )*};
}

impl_from_lossless! { u8 => u16 u32 u64 u128 usize i16 i32 i64 i128 isize }
impl_from_lossless! { u16 => u32 u64 u128 usize i32 i64 i128 }
impl_from_lossless! { u32 => u64 u128 i64 i128 }
impl_from_lossless! { u64 => u128 i128 }
impl_from_lossless! { i8 => i16 i32 i64 i128 isize }
impl_from_lossless! { i16 => i32 i64 i128 isize }
impl_from_lossless! { i32 => i64 i128 }
impl_from_lossless! { i64 => i128 }
impl_from_lossless! { u8 => f32 f64 }
impl_from_lossless! { u16 => f32 f64 }
impl_from_lossless! { u32 => f64 }
impl_from_lossless! { i8 => f32 f64 }
impl_from_lossless! { i16 => f32 f64 }
impl_from_lossless! { i32 => f64 }
impl_from_lossless! { f32 => f64 }

macro_rules! impl_from_bool {
    ($($t:ty)*) => {$(
        impl From<bool> for $t {
            #[inline(always)]
            fn from(b: bool) -> Self { b as Self }
        }
    )*};
}
impl_from_bool! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize }

/// Fallible conversions checked by a round trip through `as` and a sign check.
macro_rules! impl_try_from_int {
    ($src:ty => $($dst:ty)*) => {$(
        impl TryFrom<$src> for $dst {
            type Error = TryFromIntError;
            #[inline]
            fn try_from(value: $src) -> Result<Self, TryFromIntError> {
                let converted = value as $dst;
                let negative_src = (value < (0 as $src)) as bool;
                let negative_dst = (converted < (0 as $dst)) as bool;
                if (converted as $src) == value && negative_src == negative_dst {
                    Ok(converted)
                } else {
                    Err(TryFromIntError(()))
                }
            }
        }
    )*};
}

impl_try_from_int! { u8 => i8 }
impl_try_from_int! { u16 => u8 i8 i16 isize }
impl_try_from_int! { u32 => u8 u16 i8 i16 i32 usize isize }
impl_try_from_int! { u64 => u8 u16 u32 i8 i16 i32 i64 usize isize }
impl_try_from_int! { u128 => u8 u16 u32 u64 i8 i16 i32 i64 i128 usize isize }
impl_try_from_int! { usize => u8 u16 u32 u64 u128 i8 i16 i32 i64 i128 isize }
impl_try_from_int! { i8 => u8 u16 u32 u64 u128 usize }
impl_try_from_int! { i16 => i8 u8 u16 u32 u64 u128 usize }
impl_try_from_int! { i32 => i8 i16 u8 u16 u32 u64 u128 usize isize }
impl_try_from_int! { i64 => i8 i16 i32 u8 u16 u32 u64 u128 usize isize }
impl_try_from_int! { i128 => i8 i16 i32 i64 u8 u16 u32 u64 u128 usize isize }
impl_try_from_int! { isize => i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 usize }

