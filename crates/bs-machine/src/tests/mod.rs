//! End-to-end tests of the machine on hand-built IR programs (see `builder`), one per feature and one
//! per UB message.

mod builder;
mod features;
mod programs;
mod ub;
