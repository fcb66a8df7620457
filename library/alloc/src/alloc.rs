//! Memory allocation: the free functions `alloc`, `alloc_zeroed`, `dealloc`, `realloc`, the `Global`
//! allocator, `handle_alloc_error`, and the `exchange_malloc` lang item.
//!
//! Real `alloc` forwards these to the `#[global_allocator]`; here they call the machine's allocation
//! hooks (`core::bs_hooks`), which keep the heap and check every deallocation against the layout the
//! block was allocated with (a mismatch is Undefined Behaviour, as in the real allocator API).

#[doc(inline)]
pub use core::alloc::*;

use core::bs_hooks;
use core::ptr::{self, NonNull};

/// Allocates memory as described by `layout` (real: `std::alloc::alloc`).
///
/// Returns a null pointer if the allocation fails. A zero-sized `layout` is undefined behaviour in the
/// real API; the machine reports it.
///
/// # Safety
/// `layout` must have a non-zero size.
pub unsafe fn alloc(layout: Layout) -> *mut u8 {
    // SAFETY: the caller upholds the hook's contract (non-zero size).
    unsafe { bs_hooks::__bs_alloc(layout.size(), layout.align()) }
}

/// Like [`alloc`], but the memory is zero-initialised.
///
/// # Safety
/// `layout` must have a non-zero size.
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 {
    // SAFETY: as for `alloc`.
    unsafe { bs_hooks::__bs_alloc_zeroed(layout.size(), layout.align()) }
}

/// Deallocates the block at `ptr`, which was allocated with exactly `layout`.
///
/// # Safety
/// `ptr` must come from this allocator with the same layout and not be deallocated yet; the machine
/// checks all of this and reports violations as Undefined Behaviour.
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) {
    // SAFETY: the caller upholds the hook's contract.
    unsafe { bs_hooks::__bs_dealloc(ptr, layout.size(), layout.align()) }
}

/// Shrinks or grows the block at `ptr` (allocated with `layout`) to `new_size` bytes, keeping the
/// alignment. The contents up to the smaller of the two sizes are preserved. Returns null on failure,
/// in which case the old block is untouched.
///
/// # Safety
/// As for [`dealloc`]; `new_size` must be non-zero and not overflow `isize` when rounded up to the
/// alignment.
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    // SAFETY: the caller upholds the hook's contract.
    unsafe { bs_hooks::__bs_realloc(ptr, layout.size(), layout.align(), new_size) }
}

/// Reacts to an allocation failure like the real default handler: prints
/// `memory allocation of N bytes failed` on stderr and aborts the process.
pub fn handle_alloc_error(layout: Layout) -> ! {
    // Format the message by hand into a stack buffer: no allocation is possible here.
    let mut buf = [0u8; 64];
    let mut len = 0;
    for b in b"memory allocation of " {
        buf[len] = *b;
        len += 1;
    }
    let mut digits = [0u8; 20];
    let mut n = layout.size();
    let mut n_digits = 0;
    loop {
        digits[n_digits] = b'0' + (n % 10) as u8;
        n_digits += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    while n_digits > 0 {
        n_digits -= 1;
        buf[len] = digits[n_digits];
        len += 1;
    }
    for b in b" bytes failed\n" {
        buf[len] = *b;
        len += 1;
    }
    // SAFETY: `buf[..len]` is initialised.
    unsafe {
        bs_hooks::__bs_write(2, buf.as_ptr(), len);
    }
    core::intrinsics::abort()
}

/// The global memory allocator (real: `std::alloc::Global`). The collections of this crate call the
/// free functions above directly; `Global` exists for code that names it.
#[derive(Copy, Clone, Default, Debug)]
pub struct Global;

impl Global {
    /// Allocates a block for `layout`; a zero-sized layout gets a dangling, well-aligned pointer.
    pub fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        let ptr = if layout.size() == 0 {
            ptr::without_provenance_mut(layout.align())
        } else {
            // SAFETY: the size is non-zero.
            unsafe { alloc(layout) }
        };
        if ptr.is_null() {
            return Err(AllocError);
        }
        let slice: *mut [u8] = ptr::slice_from_raw_parts_mut(ptr, layout.size());
        // SAFETY: checked non-null above.
        Ok(unsafe { NonNull::new_unchecked(slice) })
    }

    /// Deallocates a block from [`Global::allocate`]; nothing happens for zero-sized layouts.
    ///
    /// # Safety
    /// `ptr` must come from `allocate` with the same `layout`.
    pub unsafe fn deallocate(&self, ptr: NonNull<u8>, layout: Layout) {
        if layout.size() != 0 {
            // SAFETY: the caller's contract.
            unsafe { dealloc(ptr.as_ptr(), layout) }
        }
    }
}

/// The allocation behind `box EXPR` (rustc's and rust-analyzer's lowering of `#[rustc_box]`).
#[lang = "exchange_malloc"]
#[inline]
unsafe fn exchange_malloc(size: usize, align: usize) -> *mut u8 {
    if size == 0 {
        return ptr::without_provenance_mut(align);
    }
    // SAFETY: `align` comes from a type's layout; the size is non-zero.
    let layout = unsafe { Layout::from_size_align_unchecked(size, align) };
    // SAFETY: non-zero size.
    let ptr = unsafe { alloc(layout) };
    if ptr.is_null() {
        handle_alloc_error(layout)
    }
    ptr
}

/// Allocates room for one `T` (dangling if `T` is zero-sized) or reports the failure. Shared by `Box`
/// and `Rc`.
pub(crate) fn alloc_for_layout(layout: Layout) -> *mut u8 {
    if layout.size() == 0 {
        return ptr::without_provenance_mut(layout.align());
    }
    // SAFETY: non-zero size.
    let ptr = unsafe { alloc(layout) };
    if ptr.is_null() {
        handle_alloc_error(layout)
    }
    ptr
}
