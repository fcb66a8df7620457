//! Bitwise and shift operator traits and their impls for the primitive integers and `bool`.

use super::arith::binop_impls;

#[lang = "not"]
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}
#[lang = "bitand"]
pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitor"]
pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitxor"]
pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}
#[lang = "shl"]
pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}
#[lang = "shr"]
pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}
#[lang = "bitand_assign"]
pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}
#[lang = "bitor_assign"]
pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}
#[lang = "bitxor_assign"]
pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}
#[lang = "shl_assign"]
pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}
#[lang = "shr_assign"]
pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}

macro_rules! bit_ops {
    ($($t:ty)*) => {
        binop_impls! { BitAnd bitand BitAndAssign bitand_assign &; $($t)* }
        binop_impls! { BitOr bitor BitOrAssign bitor_assign |; $($t)* }
        binop_impls! { BitXor bitxor BitXorAssign bitxor_assign ^; $($t)* }
        $(
            impl Not for $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !self }
            }
            impl<'a> Not for &'a $t {
                type Output = $t;
                #[inline]
                fn not(self) -> $t { !*self }
            }
        )*
    };
}
bit_ops! { bool usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

/// Shifts are implemented for every pair of integer types, as in real core.
macro_rules! shift_impls_for {
    ($t:ty; $($r:ty)*) => {$(
        impl Shl<$r> for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shl(self, rhs: $r) -> $t { self << rhs }
        }
        impl<'a> Shl<&'a $r> for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shl(self, rhs: &'a $r) -> $t { self << *rhs }
        }
        impl<'a> Shl<$r> for &'a $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shl(self, rhs: $r) -> $t { *self << rhs }
        }
        impl Shr<$r> for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shr(self, rhs: $r) -> $t { self >> rhs }
        }
        impl<'a> Shr<&'a $r> for $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shr(self, rhs: &'a $r) -> $t { self >> *rhs }
        }
        impl<'a> Shr<$r> for &'a $t {
            type Output = $t;
            #[inline]
            #[track_caller]
            fn shr(self, rhs: $r) -> $t { *self >> rhs }
        }
        impl ShlAssign<$r> for $t {
            #[inline]
            #[track_caller]
            fn shl_assign(&mut self, rhs: $r) { *self = *self << rhs; }
        }
        impl ShrAssign<$r> for $t {
            #[inline]
            #[track_caller]
            fn shr_assign(&mut self, rhs: $r) { *self = *self >> rhs; }
        }
    )*};
}
macro_rules! shift_impls {
    ($($t:ty)*) => {$(
        shift_impls_for! { $t; usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
    )*};
}
shift_impls! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
