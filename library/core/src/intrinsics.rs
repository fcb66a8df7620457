//! Compiler intrinsics, declared with rustc's names and signatures and implemented by the abstract
//! machine (`bs_ir::Intrinsic`). The lowering recognises a call by the `#[rustc_intrinsic]` attribute
//! and the function's name; unknown names become "unsupported" when called.
//!
//! `ptr::drop_in_place` is also body-less here (see `crate::ptr`): in real core it is a lang item
//! whose body the compiler replaces by drop glue; the machine generates that glue itself.

use crate::marker::{Copy, DiscriminantKind, PointeeSized, Sized};

// ----- type queries -----

#[rustc_intrinsic]
pub const fn size_of<T>() -> usize;

#[rustc_intrinsic]
pub const fn align_of<T>() -> usize;

#[rustc_intrinsic]
pub const unsafe fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;

#[rustc_intrinsic]
pub const unsafe fn align_of_val<T: ?Sized>(ptr: *const T) -> usize;

#[rustc_intrinsic]
pub const fn needs_drop<T: ?Sized>() -> bool;

#[rustc_intrinsic]
pub const fn type_name<T: ?Sized>() -> &'static str;

// ----- memory -----

#[rustc_intrinsic]
pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst;

#[rustc_intrinsic]
pub const unsafe fn transmute_unchecked<Src, Dst>(src: Src) -> Dst;

#[rustc_intrinsic]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);

#[rustc_intrinsic]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);

#[rustc_intrinsic]
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);

#[rustc_intrinsic]
pub const unsafe fn read_via_copy<T>(ptr: *const T) -> T;

#[rustc_intrinsic]
pub const unsafe fn write_via_move<T>(ptr: *mut T, value: T);

#[rustc_intrinsic]
pub unsafe fn volatile_load<T>(src: *const T) -> T;

#[rustc_intrinsic]
pub unsafe fn volatile_store<T>(dst: *mut T, val: T);

#[rustc_intrinsic]
pub const fn forget<T>(_: T);

#[rustc_intrinsic]
pub const fn discriminant_value<T>(v: &T) -> <T as DiscriminantKind>::Discriminant;

#[rustc_intrinsic]
pub const unsafe fn raw_eq<T>(a: &T, b: &T) -> bool;

#[rustc_intrinsic]
pub const unsafe fn compare_bytes(left: *const u8, right: *const u8, bytes: usize) -> i32;

// ----- pointers -----

/// `ptr.offset(count)` in units of the pointee (`Ptr` is `*const T` or `*mut T`, `Delta` is `isize`
/// or `usize`); UB if the result leaves the allocation.
#[rustc_intrinsic]
pub const unsafe fn offset<Ptr, Delta>(dst: Ptr, offset: Delta) -> Ptr;

#[rustc_intrinsic]
pub const unsafe fn arith_offset<T>(dst: *const T, offset: isize) -> *const T;

#[rustc_intrinsic]
pub const unsafe fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;

#[rustc_intrinsic]
pub const unsafe fn ptr_offset_from_unsigned<T>(ptr: *const T, base: *const T) -> usize;

#[rustc_intrinsic]
pub const fn ptr_guaranteed_cmp<T>(ptr: *const T, other: *const T) -> u8;

#[rustc_intrinsic]
pub fn ptr_mask<T>(ptr: *const T, mask: usize) -> *const T;

// ----- integer arithmetic -----

#[rustc_intrinsic]
pub const fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);

#[rustc_intrinsic]
pub const fn wrapping_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn wrapping_sub<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn wrapping_mul<T: Copy>(a: T, b: T) -> T;

#[rustc_intrinsic]
pub const fn saturating_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn saturating_sub<T: Copy>(a: T, b: T) -> T;

#[rustc_intrinsic]
pub const unsafe fn unchecked_add<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_sub<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_mul<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_div<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_rem<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shl<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shr<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const unsafe fn exact_div<T: Copy>(x: T, y: T) -> T;

#[rustc_intrinsic]
pub const fn rotate_left<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic]
pub const fn rotate_right<T: Copy>(x: T, shift: u32) -> T;

#[rustc_intrinsic]
pub const fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn cttz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn bswap<T: Copy>(x: T) -> T;
#[rustc_intrinsic]
pub const fn bitreverse<T: Copy>(x: T) -> T;

#[rustc_intrinsic]
pub const fn three_way_compare<T: Copy>(lhs: T, rhs: T) -> crate::cmp::Ordering;

// ----- floats -----

macro_rules! float_unary {
    ($($name:ident: $t:ty;)*) => {$(
        #[rustc_intrinsic]
        pub fn $name(x: $t) -> $t;
    )*};
}
macro_rules! float_unary_safe {
    ($($name:ident: $t:ty;)*) => {$(
        #[rustc_intrinsic]
        pub const fn $name(x: $t) -> $t;
    )*};
}
macro_rules! float_binary {
    ($($name:ident: $t:ty;)*) => {$(
        #[rustc_intrinsic]
        pub fn $name(x: $t, y: $t) -> $t;
    )*};
}
macro_rules! float_binary_safe {
    ($($name:ident: $t:ty;)*) => {$(
        #[rustc_intrinsic]
        pub const fn $name(x: $t, y: $t) -> $t;
    )*};
}

float_unary! {
    sqrtf32: f32; sqrtf64: f64;
    sinf32: f32; sinf64: f64;
    cosf32: f32; cosf64: f64;
    expf32: f32; expf64: f64;
    exp2f32: f32; exp2f64: f64;
    logf32: f32; logf64: f64;
    log10f32: f32; log10f64: f64;
    log2f32: f32; log2f64: f64;
}
float_unary_safe! {
    floorf32: f32; floorf64: f64;
    ceilf32: f32; ceilf64: f64;
    truncf32: f32; truncf64: f64;
    roundf32: f32; roundf64: f64;
    round_ties_even_f32: f32; round_ties_even_f64: f64;
    fabsf32: f32; fabsf64: f64;
}
float_binary! {
    powf32: f32; powf64: f64;
}
float_binary_safe! {
    copysignf32: f32; copysignf64: f64;
    minnumf32: f32; minnumf64: f64;
    maxnumf32: f32; maxnumf64: f64;
}

#[rustc_intrinsic]
pub fn powif32(a: f32, x: i32) -> f32;
#[rustc_intrinsic]
pub fn powif64(a: f64, x: i32) -> f64;
#[rustc_intrinsic]
pub fn fmaf32(a: f32, b: f32, c: f32) -> f32;
#[rustc_intrinsic]
pub fn fmaf64(a: f64, b: f64, c: f64) -> f64;

#[rustc_intrinsic]
pub unsafe fn float_to_int_unchecked<Float: Copy, Int: Copy>(value: Float) -> Int;

// ----- control -----

#[rustc_intrinsic]
pub fn abort() -> !;

#[rustc_intrinsic]
pub const unsafe fn unreachable() -> !;

#[rustc_intrinsic]
pub const unsafe fn assume(b: bool);

#[rustc_intrinsic]
pub fn black_box<T>(dummy: T) -> T;

#[rustc_intrinsic]
pub const fn caller_location() -> &'static crate::panic::Location<'static>;
