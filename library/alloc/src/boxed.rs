//! `Box<T>`, the owning heap pointer (the `owned_box` lang item).
//!
//! Layout convention the machine relies on: `Box<T>` is a single-field struct whose field is a
//! `NonNull<T>`, itself a single-field struct around `*const T`. So the box is one (thin or fat)
//! pointer with a non-null niche, and `Option<Box<T>>` is pointer-sized, as in rustc.
//!
//! Drop convention (the same as rustc's): the drop glue of `Box<T>` first drops the pointee in place,
//! then calls `<Box<T> as Drop>::drop`, which only frees the memory. Dereferencing a box (`*b`, also
//! moving out of it) is built into the language; the `Deref`/`DerefMut` impls below exist for method
//! autoderef and generic code, as in the real std.

use core::any::Any;
use core::borrow::{Borrow, BorrowMut};
use core::cmp::Ordering;
use core::error::Error;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FusedIterator;
use core::marker::{Tuple, Unpin, Unsize};
use core::mem::{self, ManuallyDrop, MaybeUninit};
use core::ops::{CoerceUnsized, Deref, DerefMut, DispatchFromDyn};
use core::pin::Pin;
use core::ptr::{self, NonNull};

use crate::alloc::{Layout, alloc_for_layout, dealloc};
use crate::string::String;
use crate::vec::Vec;

/// A pointer type that uniquely owns a heap allocation of type `T`.
#[lang = "owned_box"]
#[fundamental]
pub struct Box<T: ?Sized>(NonNull<T>);

impl<T> Box<T> {
    /// Allocates memory on the heap and moves `x` into it. Zero-sized `T` allocate nothing (the
    /// pointer is dangling and well aligned), as in the real std.
    #[inline(always)]
    pub fn new(x: T) -> Self {
        let ptr = alloc_for_layout(Layout::new::<T>()) as *mut T;
        // SAFETY: `ptr` is valid for writes of a `T` (fresh allocation or ZST) and non-null.
        unsafe {
            ptr::write(ptr, x);
            Box(NonNull::new_unchecked(ptr))
        }
    }

    /// Allocates room for a `T` without initialising it.
    pub fn new_uninit() -> Box<MaybeUninit<T>> {
        let ptr = alloc_for_layout(Layout::new::<T>()) as *mut MaybeUninit<T>;
        // SAFETY: non-null fresh allocation; `MaybeUninit` needs no initialisation.
        unsafe { Box(NonNull::new_unchecked(ptr)) }
    }

    /// `Box::new(x)` pinned: the box is never moved out of again.
    pub fn pin(x: T) -> Pin<Box<T>> {
        Box::into_pin(Box::new(x))
    }

    /// Moves the value out of the box and frees the allocation.
    pub fn into_inner(boxed: Self) -> T {
        *boxed
    }
}

impl<T> Box<MaybeUninit<T>> {
    /// Converts to `Box<T>`.
    ///
    /// # Safety
    /// The value must be initialised.
    pub unsafe fn assume_init(self) -> Box<T> {
        let raw = Box::into_raw(self);
        // SAFETY: same allocation, same layout; the caller guarantees initialisation.
        unsafe { Box::from_raw(raw as *mut T) }
    }

    /// Writes `value` and converts to `Box<T>`.
    pub fn write(mut boxed: Self, value: T) -> Box<T> {
        (*boxed).write(value);
        // SAFETY: just initialised.
        unsafe { boxed.assume_init() }
    }
}

impl<T: ?Sized> Box<T> {
    /// Constructs a box from a raw pointer, taking ownership of the allocation.
    ///
    /// # Safety
    /// `raw` must come from [`Box::into_raw`] (or be allocated by the global allocator with the layout
    /// of `T`), and must not be used to free the memory again.
    #[inline]
    pub unsafe fn from_raw(raw: *mut T) -> Self {
        // SAFETY: the caller guarantees a valid, hence non-null, pointer.
        unsafe { Box(NonNull::new_unchecked(raw)) }
    }

    /// Like [`Box::from_raw`] with a `NonNull`.
    ///
    /// # Safety
    /// As for `from_raw`.
    pub unsafe fn from_non_null(ptr: NonNull<T>) -> Self {
        Box(ptr)
    }

    /// Consumes the box and returns the raw pointer; the caller becomes responsible for the memory.
    ///
    /// As in the real std, the pointer is derived from the box after it has been wrapped in
    /// `ManuallyDrop`, so that no later use of the box (such as passing it to `mem::forget`)
    /// invalidates the returned pointer under the aliasing models.
    #[inline]
    pub fn into_raw(b: Self) -> *mut T {
        let mut b = ManuallyDrop::new(b);
        &raw mut **b
    }

    /// Like [`Box::into_raw`] as a `NonNull`.
    pub fn into_non_null(b: Self) -> NonNull<T> {
        // SAFETY: a box is never null.
        unsafe { NonNull::new_unchecked(Box::into_raw(b)) }
    }

    /// A raw pointer to the contents, without consuming the box (unstable `box_as_ptr`).
    pub fn as_ptr(b: &Self) -> *const T {
        &raw const **b
    }

    /// A mutable raw pointer to the contents, without consuming the box (unstable `box_as_ptr`).
    pub fn as_mut_ptr(b: &mut Self) -> *mut T {
        &raw mut **b
    }

    /// Consumes and leaks the box, returning a mutable reference that lives as long as wanted.
    #[inline]
    pub fn leak<'a>(b: Self) -> &'a mut T
    where
        T: 'a,
    {
        // SAFETY: the allocation is never freed, so the reference stays valid.
        unsafe { &mut *Box::into_raw(b) }
    }

    /// Converts a `Box<T>` into a `Pin<Box<T>>`.
    pub fn into_pin(boxed: Self) -> Pin<Self> {
        // SAFETY: the contents of a box do not move when the box does.
        unsafe { Pin::new_unchecked(boxed) }
    }
}

impl<T: ?Sized> Drop for Box<T> {
    /// Frees the allocation. The pointee has already been dropped by the drop glue (see the module
    /// documentation); nothing is freed for zero-sized pointees, which were never allocated.
    fn drop(&mut self) {
        let ptr = self.0.as_ptr();
        // SAFETY: the pointee is still allocated (only dropped), so its size and alignment can be
        // read, including the metadata of a fat pointer.
        unsafe {
            let layout = Layout::for_value(&*ptr);
            if layout.size() != 0 {
                dealloc(ptr as *mut u8, layout);
            }
        }
    }
}

// SAFETY: a box owns its pointee (real std: through `Unique<T>`).
unsafe impl<T: ?Sized + Send> Send for Box<T> {}
unsafe impl<T: ?Sized + Sync> Sync for Box<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Box<U>> for Box<T> {}

impl<T: ?Sized + Unsize<U>, U: ?Sized> DispatchFromDyn<Box<U>> for Box<T> {}

impl<T: ?Sized> Unpin for Box<T> {}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self {
        Box::new(T::default())
    }
}

impl<T> Default for Box<[T]> {
    fn default() -> Self {
        Vec::new().into_boxed_slice()
    }
}

impl Default for Box<str> {
    fn default() -> Self {
        String::new().into_boxed_str()
    }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Self {
        Box::new((**self).clone())
    }

    fn clone_from(&mut self, source: &Self) {
        (**self).clone_from(&**source);
    }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Self {
        self.to_vec().into_boxed_slice()
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Self {
        String::from(&**self).into_boxed_str()
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Self) -> bool {
        PartialEq::eq(&**self, &**other)
    }
}

impl<T: ?Sized + Eq> Eq for Box<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Ord> Ord for Box<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Hash> Hash for Box<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state);
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ptr: *const T = &**self;
        fmt::Pointer::fmt(&ptr, f)
    }
}

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self {
        Box::new(t)
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(slice: &[T]) -> Box<[T]> {
        slice.to_vec().into_boxed_slice()
    }
}

impl<T, const N: usize> From<[T; N]> for Box<[T]> {
    fn from(array: [T; N]) -> Box<[T]> {
        Box::new(array)
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        String::from(s).into_boxed_str()
    }
}

impl<T: ?Sized> Borrow<T> for Box<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> BorrowMut<T> for Box<T> {
    fn borrow_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<I::Item> {
        (**self).nth(n)
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for Box<I> {
    fn len(&self) -> usize {
        (**self).len()
    }
}

impl<I: FusedIterator + ?Sized> FusedIterator for Box<I> {}

// Calling a boxed closure (`Box<dyn Fn(i32) -> i32>`) forwards to the pointee, as in the real std.
impl<Args: Tuple, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = <F as FnOnce<Args>>::Output;

    extern "rust-call" fn call_once(self, args: Args) -> Self::Output {
        <F as FnOnce<Args>>::call_once(*self, args)
    }
}

impl<Args: Tuple, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    extern "rust-call" fn call_mut(&mut self, args: Args) -> Self::Output {
        <F as FnMut<Args>>::call_mut(&mut **self, args)
    }
}

impl<Args: Tuple, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    extern "rust-call" fn call(&self, args: Args) -> Self::Output {
        <F as Fn<Args>>::call(&**self, args)
    }
}

impl Box<dyn Any> {
    /// Attempts to downcast the box to a concrete type.
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if self.is::<T>() {
            let raw: *mut dyn Any = Box::into_raw(self);
            // SAFETY: the type id matched, so the pointee is a `T` in a box allocation.
            Ok(unsafe { Box::from_raw(raw as *mut T) })
        } else {
            Err(self)
        }
    }
}

// `Box<dyn Error>` conversions used by `?` in `fn main() -> Result<(), Box<dyn Error>>`.

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    fn from(err: E) -> Box<dyn Error + 'a> {
        Box::new(err)
    }
}

/// The error type behind `Box<dyn Error>::from(String)`: displays and debug-prints like the string
/// itself (real std's private `StringError`, whose `Debug` forwards to the `String`'s).
struct StringError(String);

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Error for StringError {}

impl<'a> From<String> for Box<dyn Error + 'a> {
    fn from(err: String) -> Box<dyn Error + 'a> {
        Box::new(StringError(err))
    }
}

impl<'a> From<&str> for Box<dyn Error + 'a> {
    fn from(err: &str) -> Box<dyn Error + 'a> {
        Box::new(StringError(String::from(err)))
    }
}

impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: E) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(err)
    }
}

impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: String) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(StringError(err))
    }
}

impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {
    fn from(err: &str) -> Box<dyn Error + Send + Sync + 'a> {
        Box::new(StringError(String::from(err)))
    }
}

// `T: Sized`, as in the real std: `Box<dyn Error>` must not be an `Error` itself, or
// `From<E: Error> for Box<dyn Error>` would overlap with the reflexive `From<T> for T`.
impl<T: Error> Error for Box<T> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}
