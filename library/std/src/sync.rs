//! `std::sync`: `Arc`/`Weak` (from `alloc`), the atomics (from `core`), and `Mutex`, `RwLock`,
//! `Once`, `OnceLock`, `LazyLock`.
//!
//! The machine runs a single thread, so the locks only track their state: locking a `Mutex` that is
//! already locked would block forever in a real program; here it panics with a deadlock message
//! instead. Poisoning needs unwinding, which is not modelled, so `lock()` always returns `Ok`.

pub use alloc::sync::{Arc, Weak};
pub use core::sync::atomic;

use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::ops::{Deref, DerefMut};

/// The error of a poisoned lock (never produced: see the module documentation).
pub struct PoisonError<T> {
    guard: T,
}

impl<T> PoisonError<T> {
    /// The guard inside the error.
    pub fn into_inner(self) -> T {
        self.guard
    }
}

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PoisonError").finish_non_exhaustive()
    }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("poisoned lock: another task failed inside")
    }
}

/// The result of locking.
pub type LockResult<T> = Result<T, PoisonError<T>>;

/// Why a `try_lock` failed.
pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TryLockError::Poisoned(..) => f.write_str("Poisoned(..)"),
            TryLockError::WouldBlock => f.write_str("WouldBlock"),
        }
    }
}

/// The result of `try_lock`.
pub type TryLockResult<T> = Result<T, TryLockError<T>>;

/// A mutual exclusion lock.
pub struct Mutex<T: ?Sized> {
    locked: Cell<bool>,
    data: UnsafeCell<T>,
}

// SAFETY: as the real `Mutex` (access to `data` is serialised by `locked`).
unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}

/// The guard of a locked `Mutex`; unlocks on drop.
pub struct MutexGuard<'a, T: ?Sized + 'a> {
    lock: &'a Mutex<T>,
}

impl<T> Mutex<T> {
    /// A new unlocked mutex.
    pub const fn new(t: T) -> Mutex<T> {
        Mutex { locked: Cell::new(false), data: UnsafeCell::new(t) }
    }

    /// The protected value.
    pub fn into_inner(self) -> LockResult<T> {
        Ok(self.data.into_inner())
    }
}

impl<T: ?Sized> Mutex<T> {
    /// Locks the mutex.
    ///
    /// # Panics
    /// If it is already locked (a deadlock in a real single-threaded program).
    #[track_caller]
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>> {
        if self.locked.get() {
            panic!("deadlock: Mutex::lock on a mutex this thread already holds");
        }
        self.locked.set(true);
        Ok(MutexGuard { lock: self })
    }

    /// Locks the mutex if it is free.
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>> {
        if self.locked.get() {
            return Err(TryLockError::WouldBlock);
        }
        self.locked.set(true);
        Ok(MutexGuard { lock: self })
    }

    /// Whether the mutex is poisoned (never).
    pub fn is_poisoned(&self) -> bool {
        false
    }

    /// Mutable access without locking (the `&mut` proves exclusivity).
    pub fn get_mut(&mut self) -> LockResult<&mut T> {
        Ok(self.data.get_mut())
    }
}

impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T> {
        Mutex::new(T::default())
    }
}

impl<T> From<T> for Mutex<T> {
    fn from(t: T) -> Self {
        Mutex::new(t)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Mutex<T> {
    /// `Mutex { data: .., poisoned: false, .. }` like the real std (`<locked>` while locked).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Mutex");
        if self.locked.get() {
            d.field("data", &format_args!("<locked>"));
        } else {
            // SAFETY: unlocked, and the machine is single-threaded.
            d.field("data", &unsafe { &*self.data.get() });
        }
        d.field("poisoned", &false);
        d.finish_non_exhaustive()
    }
}

impl<T: ?Sized> Deref for MutexGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: the guard holds the lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard holds the lock.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for MutexGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.set(false);
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

/// A reader-writer lock.
pub struct RwLock<T: ?Sized> {
    /// Number of readers, or `usize::MAX` while write-locked.
    state: Cell<usize>,
    data: UnsafeCell<T>,
}

// SAFETY: as the real `RwLock`.
unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}

/// A read guard of an `RwLock`.
pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}

/// A write guard of an `RwLock`.
pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}

impl<T> RwLock<T> {
    /// A new unlocked lock.
    pub const fn new(t: T) -> RwLock<T> {
        RwLock { state: Cell::new(0), data: UnsafeCell::new(t) }
    }

    /// The protected value.
    pub fn into_inner(self) -> LockResult<T> {
        Ok(self.data.into_inner())
    }
}

impl<T: ?Sized> RwLock<T> {
    /// Locks for reading.
    ///
    /// # Panics
    /// If it is write-locked (a deadlock in a real single-threaded program).
    #[track_caller]
    pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>> {
        let n = self.state.get();
        if n == usize::MAX {
            panic!("deadlock: RwLock::read while this thread holds the write lock");
        }
        self.state.set(n + 1);
        Ok(RwLockReadGuard { lock: self })
    }

    /// Locks for writing.
    ///
    /// # Panics
    /// If it is locked (a deadlock in a real single-threaded program).
    #[track_caller]
    pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>> {
        if self.state.get() != 0 {
            panic!("deadlock: RwLock::write while this thread holds the lock");
        }
        self.state.set(usize::MAX);
        Ok(RwLockWriteGuard { lock: self })
    }

    /// Mutable access without locking.
    pub fn get_mut(&mut self) -> LockResult<&mut T> {
        Ok(self.data.get_mut())
    }
}

impl<T: Default> Default for RwLock<T> {
    fn default() -> RwLock<T> {
        RwLock::new(T::default())
    }
}

impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: the guard holds a read lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for RwLockReadGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.state.set(self.lock.state.get() - 1);
    }
}

impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: the guard holds the write lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard holds the write lock.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T: ?Sized> Drop for RwLockWriteGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.state.set(0);
    }
}

/// A cell written at most once (real: `std::sync::OnceLock`).
pub struct OnceLock<T> {
    value: UnsafeCell<Option<T>>,
}

// SAFETY: as the real `OnceLock`.
unsafe impl<T: Send + Sync> Sync for OnceLock<T> {}
unsafe impl<T: Send> Send for OnceLock<T> {}

impl<T> OnceLock<T> {
    /// An empty cell.
    pub const fn new() -> OnceLock<T> {
        OnceLock { value: UnsafeCell::new(None) }
    }

    /// The value, if set.
    pub fn get(&self) -> Option<&T> {
        // SAFETY: once set, the value is never changed while shared.
        unsafe { (*self.value.get()).as_ref() }
    }

    /// Sets the value if empty; gives it back otherwise.
    pub fn set(&self, value: T) -> Result<(), T> {
        if self.get().is_some() {
            return Err(value);
        }
        // SAFETY: empty, and no reference to the contents exists.
        unsafe { *self.value.get() = Some(value) };
        Ok(())
    }

    /// The value, initialising it with `f` if empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if self.get().is_none() {
            let value = f();
            if self.set(value).is_err() {
                panic!("reentrant init");
            }
        }
        match self.get() {
            Some(v) => v,
            None => unreachable!(),
        }
    }

    /// The value, if set, by value.
    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceLock");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

/// A value initialised on first access (real: `std::sync::LazyLock`).
pub struct LazyLock<T, F = fn() -> T> {
    cell: OnceLock<T>,
    init: Cell<Option<F>>,
}

// SAFETY: as the real `LazyLock`.
unsafe impl<T: Send + Sync, F: Send> Sync for LazyLock<T, F> {}

impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    /// A lazy value computed by `f`.
    pub const fn new(f: F) -> LazyLock<T, F> {
        LazyLock { cell: OnceLock::new(), init: Cell::new(Some(f)) }
    }

    /// Forces the evaluation and returns the value.
    pub fn force(this: &LazyLock<T, F>) -> &T {
        this.cell.get_or_init(|| match this.init.take() {
            Some(f) => f(),
            None => panic!("LazyLock instance has previously been poisoned"),
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyLock<T, F> {
    type Target = T;

    fn deref(&self) -> &T {
        LazyLock::force(self)
    }
}

/// A one-time initialisation primitive.
pub struct Once {
    done: Cell<bool>,
}

// SAFETY: single-threaded machine; as the real `Once`.
unsafe impl Sync for Once {}
unsafe impl Send for Once {}

impl Once {
    /// A new `Once`.
    pub const fn new() -> Once {
        Once { done: Cell::new(false) }
    }

    /// Runs `f` the first time this is called.
    pub fn call_once<F: FnOnce()>(&self, f: F) {
        if !self.done.get() {
            self.done.set(true);
            f();
        }
    }

    /// Whether `call_once` has completed.
    pub fn is_completed(&self) -> bool {
        self.done.get()
    }
}
