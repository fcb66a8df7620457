//! `Any` (dynamic typing through `TypeId`) and `type_name`.
//!
//! `TypeId` is built from the `type_name` intrinsic's string (hashed, FNV-1a over the name),
//! so the machine only needs `type_name`; distinct types with equal names (lifetimes erased)
//! compare equal, as real `TypeId` does for lifetimes.

use crate::fmt;
use crate::intrinsics;
use crate::marker::Sized;
use crate::option::Option::{self, None, Some};

/// A globally unique identifier of a type.
#[derive(Clone, Copy, Eq, PartialEq, PartialOrd, Ord, Hash)]
pub struct TypeId {
    t: u128,
}

impl TypeId {
    pub fn of<T: ?Sized + 'static>() -> TypeId {
        let name = intrinsics::type_name::<T>();
        let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
        for &b in name.as_bytes() {
            h ^= b as u128;
            h = h.wrapping_mul(0x0000000001000000000000000000013B);
        }
        TypeId { t: h }
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeId({:#034x})", self.t)
    }
}

pub fn type_name<T: ?Sized>() -> &'static str {
    intrinsics::type_name::<T>()
}

pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str {
    intrinsics::type_name::<T>()
}

/// A type that can be downcast (`dyn Any`).
pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Any")?;
        f.write_str(" { .. }")
    }
}

impl fmt::Debug for dyn Any + Send {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Any")?;
        f.write_str(" { .. }")
    }
}

use crate::marker::{Send, Sync};

macro_rules! any_methods {
    ($t:ty) => {
        impl $t {
            #[inline]
            pub fn is<T: Any>(&self) -> bool {
                let t = TypeId::of::<T>();
                let concrete = self.type_id();
                t == concrete
            }

            #[inline]
            pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
                if self.is::<T>() {
                    // SAFETY: just checked whether we are pointing to the correct type.
                    unsafe { Some(&*(self as *const Self as *const T)) }
                } else {
                    None
                }
            }

            #[inline]
            pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
                if self.is::<T>() {
                    // SAFETY: just checked whether we are pointing to the correct type.
                    unsafe { Some(&mut *(self as *mut Self as *mut T)) }
                } else {
                    None
                }
            }

            #[inline]
            pub unsafe fn downcast_ref_unchecked<T: Any>(&self) -> &T {
                // SAFETY: the caller guarantees that T is the correct type.
                unsafe { &*(self as *const Self as *const T) }
            }

            #[inline]
            pub unsafe fn downcast_mut_unchecked<T: Any>(&mut self) -> &mut T {
                // SAFETY: the caller guarantees that T is the correct type.
                unsafe { &mut *(self as *mut Self as *mut T) }
            }
        }
    };
}

any_methods!(dyn Any);
any_methods!(dyn Any + Send);
any_methods!(dyn Any + Send + Sync);
