//! Hints to the compiler: `black_box`, `unreachable_unchecked`, `assert_unchecked`, `spin_loop`.

use crate::intrinsics;

/// An identity function the optimizer cannot see through; the machine just returns `dummy`.
#[inline]
pub fn black_box<T>(dummy: T) -> T {
    intrinsics::black_box(dummy)
}

/// UB if reached (the machine reports it).
#[inline]
#[track_caller]
pub const unsafe fn unreachable_unchecked() -> ! {
    // SAFETY: the caller guarantees this is never reached.
    unsafe { intrinsics::unreachable() }
}

/// UB if `cond` is false.
#[inline(always)]
#[track_caller]
pub const unsafe fn assert_unchecked(cond: bool) {
    // SAFETY: the caller guarantees `cond`.
    unsafe { intrinsics::assume(cond) }
}

#[inline(always)]
pub fn spin_loop() {}

#[inline(always)]
pub const fn must_use<T>(value: T) -> T {
    value
}
