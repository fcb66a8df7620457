//! `NonZero<T>`: integers known not to be zero (with the niche, so `Option<NonZero<u32>>` is 4
//! bytes). Each primitive gets its own backing struct with a valid-range attribute.

use crate::clone::Clone;
use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::{Copy, Sized};
use crate::option::Option::{self, None, Some};
use crate::result::Result::{self, Err, Ok};
use crate::str::FromStr;

/// Primitive types that have a `NonZero` counterpart; `NonZeroInner` carries the niche.
pub trait ZeroablePrimitive: Sized + Copy {
    #[doc(hidden)]
    type NonZeroInner: Sized + Copy;
}

/// A value of `T` that is known not to be zero.
#[repr(transparent)]
pub struct NonZero<T: ZeroablePrimitive>(T::NonZeroInner);

macro_rules! nonzero_impl {
    ($($Inner:ident $Alias:ident $t:ty;)*) => {$(
        #[doc(hidden)]
        #[repr(transparent)]
        #[rustc_layout_scalar_valid_range_start(1)]
        #[rustc_nonnull_optimization_guaranteed]
        #[derive(Copy)]
        pub struct $Inner($t);

        impl Clone for $Inner {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl ZeroablePrimitive for $t {
            type NonZeroInner = $Inner;
        }

        pub type $Alias = NonZero<$t>;

        impl NonZero<$t> {
            pub const MIN: Self = match Self::new(if <$t>::MIN == 0 { 1 } else { <$t>::MIN }) {
                Some(v) => v,
                None => loop {},
            };
            pub const MAX: Self = match Self::new(<$t>::MAX) {
                Some(v) => v,
                None => loop {},
            };
            pub const BITS: u32 = <$t>::BITS;

            #[inline]
            pub const fn new(n: $t) -> Option<Self> {
                if n == 0 {
                    None
                } else {
                    // SAFETY: `n` was just checked to be non-zero.
                    Some(unsafe { NonZero($Inner(n)) })
                }
            }

            /// # Safety
            /// `n` must not be zero.
            #[inline]
            #[track_caller]
            pub const unsafe fn new_unchecked(n: $t) -> Self {
                // SAFETY: the caller guarantees `n` is non-zero.
                unsafe { NonZero($Inner(n)) }
            }

            #[inline]
            pub const fn get(self) -> $t {
                (self.0).0
            }

            #[inline]
            pub const fn leading_zeros(self) -> u32 {
                self.get().leading_zeros()
            }

            #[inline]
            pub const fn trailing_zeros(self) -> u32 {
                self.get().trailing_zeros()
            }

            #[inline]
            pub const fn count_ones(self) -> NonZero<u32> {
                // SAFETY: a non-zero value has at least one bit set.
                unsafe { NonZero::<u32>::new_unchecked(self.get().count_ones()) }
            }

            #[inline]
            pub fn checked_mul(self, other: Self) -> Option<Self> {
                match self.get().checked_mul(other.get()) {
                    Some(v) => Self::new(v),
                    None => None,
                }
            }

            #[inline]
            pub fn checked_add(self, other: $t) -> Option<Self> {
                match self.get().checked_add(other) {
                    Some(v) => Self::new(v),
                    None => None,
                }
            }

            #[inline]
            pub fn saturating_mul(self, other: Self) -> Self {
                // SAFETY: the product of non-zero values saturates to a non-zero value.
                unsafe { Self::new_unchecked(self.get().saturating_mul(other.get())) }
            }
        }

        impl From<NonZero<$t>> for $t {
            #[inline]
            fn from(nonzero: NonZero<$t>) -> Self {
                nonzero.get()
            }
        }

        impl crate::convert::TryFrom<$t> for NonZero<$t> {
            type Error = crate::num::TryFromIntError;
            #[inline]
            fn try_from(value: $t) -> Result<Self, Self::Error> {
                match Self::new(value) {
                    Some(v) => Ok(v),
                    None => Err(crate::num::TryFromIntError(())),
                }
            }
        }

        impl Clone for NonZero<$t> {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        impl Copy for NonZero<$t> {}

        impl PartialEq for NonZero<$t> {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.get() == other.get()
            }
        }

        impl Eq for NonZero<$t> {}

        impl PartialOrd for NonZero<$t> {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                self.get().partial_cmp(&other.get())
            }
        }

        impl Ord for NonZero<$t> {
            #[inline]
            fn cmp(&self, other: &Self) -> Ordering {
                self.get().cmp(&other.get())
            }
        }

        impl Hash for NonZero<$t> {
            #[inline]
            fn hash<H: Hasher>(&self, state: &mut H) {
                self.get().hash(state)
            }
        }

        impl fmt::Debug for NonZero<$t> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.get(), f)
            }
        }

        impl fmt::Display for NonZero<$t> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.get(), f)
            }
        }

        impl FromStr for NonZero<$t> {
            type Err = crate::num::ParseIntError;
            fn from_str(src: &str) -> Result<Self, Self::Err> {
                match Self::new(<$t>::from_str_radix(src, 10)?) {
                    Some(v) => Ok(v),
                    None => Err(crate::num::ParseIntError { kind: crate::num::IntErrorKind::Zero }),
                }
            }
        }
    )*};
}

use crate::convert::From;

nonzero_impl! {
    NonZeroU8Inner NonZeroU8 u8;
    NonZeroU16Inner NonZeroU16 u16;
    NonZeroU32Inner NonZeroU32 u32;
    NonZeroU64Inner NonZeroU64 u64;
    NonZeroU128Inner NonZeroU128 u128;
    NonZeroUsizeInner NonZeroUsize usize;
    NonZeroI8Inner NonZeroI8 i8;
    NonZeroI16Inner NonZeroI16 i16;
    NonZeroI32Inner NonZeroI32 i32;
    NonZeroI64Inner NonZeroI64 i64;
    NonZeroI128Inner NonZeroI128 i128;
    NonZeroIsizeInner NonZeroIsize isize;
}
