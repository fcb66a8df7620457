//! `Deref`/`DerefMut` (the `*` operator and auto-deref), `Receiver` (method receivers such as
//! `self: Box<Self>`), and `DerefPure` (deref patterns).

use crate::marker::{PointeeSized, Sized};

#[lang = "deref"]
pub trait Deref: PointeeSized {
    #[lang = "deref_target"]
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

impl<T: ?Sized> Deref for &T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}

impl<T: ?Sized> Deref for &mut T {
    type Target = T;
    fn deref(&self) -> &T {
        *self
    }
}

#[lang = "deref_mut"]
pub trait DerefMut: Deref + PointeeSized {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

impl<T: ?Sized> DerefMut for &mut T {
    fn deref_mut(&mut self) -> &mut T {
        *self
    }
}

#[lang = "deref_pure"]
pub unsafe trait DerefPure: PointeeSized {}

unsafe impl<T: ?Sized> DerefPure for &T {}
unsafe impl<T: ?Sized> DerefPure for &mut T {}

#[lang = "receiver"]
pub trait Receiver: PointeeSized {
    #[lang = "receiver_target"]
    type Target: ?Sized;
}

impl<P: ?Sized, T: ?Sized> Receiver for P
where
    P: Deref<Target = T>,
{
    type Target = T;
}
