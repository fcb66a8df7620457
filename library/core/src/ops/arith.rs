//! Arithmetic operator traits and their impls for the primitive numbers. The bodies use the builtin
//! operator on primitives (so overflow checks are the machine's, as in a debug build).

use crate::marker::Sized;

#[lang = "add"]
pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
#[lang = "sub"]
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}
#[lang = "mul"]
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}
#[lang = "div"]
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}
#[lang = "rem"]
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}
#[lang = "neg"]
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}
#[lang = "add_assign"]
pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}
#[lang = "sub_assign"]
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}
#[lang = "mul_assign"]
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}
#[lang = "div_assign"]
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}
#[lang = "rem_assign"]
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}

/// `impl Op for T`, `impl Op<&T> for T`, `impl Op<T> for &T`, `impl Op<&T> for &T`,
/// `impl OpAssign for T`, `impl OpAssign<&T> for T` (real core's `forward_ref_binop`).
macro_rules! binop_impls {
    ($Trait:ident $method:ident $AssignTrait:ident $assign_method:ident $op:tt; $($t:ty)*) => {$(
        impl $Trait for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: $t) -> $t { self $op rhs }
        }
        impl<'a> $Trait<&'a $t> for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: &'a $t) -> $t { self $op *rhs }
        }
        impl<'a> $Trait<$t> for &'a $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: $t) -> $t { *self $op rhs }
        }
        impl<'a, 'b> $Trait<&'a $t> for &'b $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn $method(self, rhs: &'a $t) -> $t { *self $op *rhs }
        }
        impl $AssignTrait for $t {
            #[inline]
            #[track_caller]
            fn $assign_method(&mut self, rhs: $t) { *self = *self $op rhs; }
        }
        impl<'a> $AssignTrait<&'a $t> for $t {
            #[inline]
            #[track_caller]
            fn $assign_method(&mut self, rhs: &'a $t) { *self = *self $op *rhs; }
        }
    )*};
}
pub(crate) use binop_impls;

macro_rules! numeric_ops {
    ($($t:ty)*) => {
        binop_impls! { Add add AddAssign add_assign +; $($t)* }
        binop_impls! { Sub sub SubAssign sub_assign -; $($t)* }
        binop_impls! { Mul mul MulAssign mul_assign *; $($t)* }
        binop_impls! { Div div DivAssign div_assign /; $($t)* }
        binop_impls! { Rem rem RemAssign rem_assign %; $($t)* }
    };
}
numeric_ops! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 f32 f64 }

macro_rules! neg_impls {
    ($($t:ty)*) => {$(
        impl Neg for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn neg(self) -> $t { -self }
        }
        impl<'a> Neg for &'a $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn neg(self) -> $t { -*self }
        }
    )*};
}
neg_impls! { isize i8 i16 i32 i64 i128 f32 f64 }
