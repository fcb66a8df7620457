//! The textual form of the IR, printed by `borrowscope mir` and checked by golden tests.
//!
//! (To be written: see `docs/ARCHITECTURE.md`.)
