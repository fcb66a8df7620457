//! `Unique<T>`: an owning, non-null pointer (internal; `Box` and `Vec` in the model `alloc` hold
//! their allocation through it, as in real std).

use super::NonNull;
use crate::clone::Clone;
use crate::convert::From;
use crate::fmt;
use crate::marker::{Copy, PhantomData, PointeeSized, Send, Sized, Sync, Unsize};
use crate::ops::{CoerceUnsized, DispatchFromDyn};
use crate::option::Option;

#[repr(transparent)]
#[doc(hidden)]
pub struct Unique<T: PointeeSized> {
    pointer: NonNull<T>,
    // Tells dropck that we own a `T`.
    _marker: PhantomData<T>,
}

unsafe impl<T: Send + ?Sized> Send for Unique<T> {}
unsafe impl<T: Sync + ?Sized> Sync for Unique<T> {}

impl<T: Sized> Unique<T> {
    #[inline]
    pub const fn dangling() -> Self {
        Unique { pointer: NonNull::dangling(), _marker: PhantomData }
    }
}

impl<T: ?Sized> Unique<T> {
    #[inline]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> Self {
        // SAFETY: the caller must guarantee that `ptr` is non-null.
        unsafe { Unique { pointer: NonNull::new_unchecked(ptr), _marker: PhantomData } }
    }

    #[inline]
    pub fn new(ptr: *mut T) -> Option<Self> {
        match NonNull::new(ptr) {
            Option::Some(pointer) => Option::Some(Unique { pointer, _marker: PhantomData }),
            Option::None => Option::None,
        }
    }

    #[inline]
    pub const fn as_ptr(self) -> *mut T {
        self.pointer.as_ptr()
    }

    #[inline]
    pub const fn as_non_null_ptr(self) -> NonNull<T> {
        self.pointer
    }

    #[inline]
    pub const unsafe fn as_ref(&self) -> &T {
        // SAFETY: the caller must guarantee that `self` meets all the requirements for a reference.
        unsafe { self.pointer.as_ref() }
    }

    #[inline]
    pub unsafe fn as_mut(&mut self) -> &mut T {
        // SAFETY: the caller must guarantee that `self` meets all the requirements for a mutable
        // reference.
        unsafe { self.pointer.as_mut() }
    }

    #[inline]
    pub const fn cast<U>(self) -> Unique<U> {
        Unique { pointer: self.pointer.cast(), _marker: PhantomData }
    }
}

impl<T: ?Sized> Clone for Unique<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Unique<T> {}

impl<T: PointeeSized, U: PointeeSized> CoerceUnsized<Unique<U>> for Unique<T> where T: Unsize<U> {}

impl<T: PointeeSized, U: PointeeSized> DispatchFromDyn<Unique<U>> for Unique<T> where T: Unsize<U> {}

impl<T: ?Sized> fmt::Debug for Unique<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.as_ptr(), f)
    }
}

impl<T: ?Sized> From<&mut T> for Unique<T> {
    #[inline]
    fn from(reference: &mut T) -> Self {
        Self::from(NonNull::from(reference))
    }
}

impl<T: ?Sized> From<NonNull<T>> for Unique<T> {
    #[inline]
    fn from(pointer: NonNull<T>) -> Self {
        Unique { pointer, _marker: PhantomData }
    }
}
