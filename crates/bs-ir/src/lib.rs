//! borrowscope's own intermediate representation.
//!
//! Everything after the frontend (the interpreter, the aliasing models, later the symbolic executor and
//! the verifier) reads this IR and nothing of rust-analyzer. Properties of the representation:
//!
//! 1. **Monomorphic.** A [`Body`] belongs to one [`InstanceId`]: a function (or closure, or const/static
//!    initialiser) with all generic arguments substituted. Types are fully concrete.
//! 2. **Self-contained.** Every type is interned in the [`TyTable`] together with its rustc-identical
//!    [`Layout`], so the machine never asks the frontend about types. The only thing the frontend is asked
//!    at run time is the body of an instance the first time it is called ([`Lowerer`]).
//! 3. **Index-based.** Bodies, locals, blocks, types, instances, vtables and statics are dense `u32`
//!    indices into vectors: no hashing or string lookups on the interpreter's hot path.
//! 4. **Explicit.** Borrows carry their kind (shared, mutable, two-phase, raw), casts their kind
//!    (pointer exposure, integer→pointer, unsizing…), and every point where an aliasing model must
//!    retag is an explicit [`StatementKind::Retag`].
//! 5. **Spanned.** Every statement and terminator carries a [`Span`] (byte range in a source file;
//!    macro-expanded code maps to the call site).

pub mod body;
pub mod diagnostic;
pub mod display;
pub mod layout;
pub mod program;
pub mod span;
pub mod ty;

pub use body::*;
pub use diagnostic::*;
pub use layout::*;
pub use program::*;
pub use span::*;
pub use ty::*;

/// Declares a dense `u32` index newtype.
#[macro_export]
macro_rules! index_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub struct $name(pub u32);
        impl $name {
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }
            #[inline]
            pub fn from_usize(i: usize) -> Self {
                $name(i as u32)
            }
        }
    };
}
