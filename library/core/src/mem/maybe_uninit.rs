//! `MaybeUninit<T>`: possibly-uninitialised storage for a `T` (a union, as in real core, so the
//! machine sees uninitialised bytes exactly where the program left them).

use super::ManuallyDrop;
use crate::clone::Clone;
use crate::fmt;
use crate::intrinsics;
use crate::marker::{Copy, Sized};
use crate::ptr;

#[lang = "maybe_uninit"]
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T: Copy> Clone for MaybeUninit<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        // Not calling `T::clone()`: we cannot know whether we are initialized enough for that.
        *self
    }
}

impl<T: Copy> Copy for MaybeUninit<T> {}

impl<T> fmt::Debug for MaybeUninit<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MaybeUninit<")?;
        f.write_str(intrinsics::type_name::<T>())?;
        f.write_str(">")
    }
}

impl<T> MaybeUninit<T> {
    #[inline(always)]
    pub const fn new(val: T) -> MaybeUninit<T> {
        MaybeUninit { value: ManuallyDrop::new(val) }
    }

    #[inline(always)]
    pub const fn uninit() -> MaybeUninit<T> {
        MaybeUninit { uninit: () }
    }

    #[inline]
    pub fn uninit_array<const N: usize>() -> [Self; N] {
        // SAFETY: an uninitialized `[MaybeUninit<_>; N]` is valid.
        unsafe { MaybeUninit::<[MaybeUninit<T>; N]>::uninit().assume_init() }
    }

    /// All bytes zero (whether that is a valid `T` depends on `T`).
    #[inline]
    pub fn zeroed() -> MaybeUninit<T> {
        let mut u = MaybeUninit::<T>::uninit();
        // SAFETY: `u.as_mut_ptr()` points to allocated memory.
        unsafe { intrinsics::write_bytes(u.as_mut_ptr(), 0u8, 1) };
        u
    }

    /// Writes `val` without dropping the old contents; returns a reference to the new value.
    #[inline(always)]
    pub fn write(&mut self, val: T) -> &mut T {
        *self = MaybeUninit::new(val);
        // SAFETY: we just initialized this value.
        unsafe { self.assume_init_mut() }
    }

    #[inline(always)]
    pub const fn as_ptr(&self) -> *const T {
        // `MaybeUninit` and `ManuallyDrop` are both `repr(transparent)` so we can cast the pointer.
        self as *const _ as *const T
    }

    #[inline(always)]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut _ as *mut T
    }

    #[inline(always)]
    #[track_caller]
    pub unsafe fn assume_init(self) -> T {
        // SAFETY: the caller guarantees that `self` is initialized.
        unsafe { ManuallyDrop::into_inner(self.value) }
    }

    #[inline(always)]
    #[track_caller]
    pub unsafe fn assume_init_read(&self) -> T {
        // SAFETY: the caller guarantees that `self` is initialized.
        unsafe { self.as_ptr().read() }
    }

    #[inline]
    pub unsafe fn assume_init_drop(&mut self) {
        // SAFETY: the caller guarantees that `self` is initialized and may be dropped.
        unsafe { ptr::drop_in_place(self.as_mut_ptr()) }
    }

    #[inline(always)]
    pub unsafe fn assume_init_ref(&self) -> &T {
        // SAFETY: the caller guarantees that `self` is initialized.
        unsafe { &*self.as_ptr() }
    }

    #[inline(always)]
    pub unsafe fn assume_init_mut(&mut self) -> &mut T {
        // SAFETY: the caller guarantees that `self` is initialized.
        unsafe { &mut *self.as_mut_ptr() }
    }

    #[inline(always)]
    pub unsafe fn array_assume_init<const N: usize>(array: [Self; N]) -> [T; N] {
        // SAFETY: the caller guarantees that all elements are initialized.
        unsafe { intrinsics::transmute_unchecked(array) }
    }

    #[inline(always)]
    pub unsafe fn slice_assume_init_ref(slice: &[Self]) -> &[T] {
        // SAFETY: same layout; the caller guarantees initialization.
        unsafe { &*(slice as *const [Self] as *const [T]) }
    }

    #[inline(always)]
    pub unsafe fn slice_assume_init_mut(slice: &mut [Self]) -> &mut [T] {
        // SAFETY: same layout; the caller guarantees initialization.
        unsafe { &mut *(slice as *mut [Self] as *mut [T]) }
    }

    #[inline(always)]
    pub fn slice_as_ptr(this: &[MaybeUninit<T>]) -> *const T {
        this.as_ptr() as *const T
    }

    #[inline(always)]
    pub fn slice_as_mut_ptr(this: &mut [MaybeUninit<T>]) -> *mut T {
        this.as_mut_ptr() as *mut T
    }
}
