//! Interpreter hooks: functions the abstract machine implements natively, with the exact signatures
//! documented on `bs_ir::Intrinsic`. Only the model library calls them (allocation for `alloc`,
//! output for `std`, panics for `core::panicking`).
#![doc(hidden)]

use crate::panic::Location;

unsafe extern "Rust" {
    /// Heap allocation; null on failure.
    pub fn __bs_alloc(size: usize, align: usize) -> *mut u8;
    pub fn __bs_alloc_zeroed(size: usize, align: usize) -> *mut u8;
    /// UB if `size`/`align` differ from the allocation's.
    pub fn __bs_dealloc(ptr: *mut u8, size: usize, align: usize);
    pub fn __bs_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;
    /// fd 1 = stdout, 2 = stderr.
    pub fn __bs_write(fd: i32, ptr: *const u8, len: usize);
    /// Prints `thread 'main' panicked at FILE:LINE:COL:\nMSG` and exits with code 101.
    pub fn __bs_panic(msg_ptr: *const u8, msg_len: usize, loc: &'static Location<'static>) -> !;
    pub fn __bs_exit(code: i32) -> !;
    pub fn __bs_args_count() -> usize;
    pub fn __bs_arg_len(i: usize) -> usize;
    /// Copies the UTF-8 bytes of argument `i` to `dst`.
    pub fn __bs_arg_copy(i: usize, dst: *mut u8);
}
