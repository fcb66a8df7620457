//! Trait impls for tuples (up to 12 elements; `Clone`/`Copy` are builtin in the solver): `PartialEq`, `Eq`, `PartialOrd`
//! (lexicographic), `Ord`, `Default`, `Hash`. `Debug` is in `fmt`.

use crate::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
use crate::default::Default;
use crate::hash::{Hash, Hasher};
use crate::marker::StructuralPartialEq;
use crate::option::Option::{self, Some};

macro_rules! tuple_impls {
    ($(($($T:ident $idx:tt),+))*) => {$(
        impl<$($T: PartialEq),+> PartialEq for ($($T,)+) {
            #[inline]
            fn eq(&self, other: &($($T,)+)) -> bool {
                $(self.$idx == other.$idx)&&+
            }
        }

        impl<$($T),+> StructuralPartialEq for ($($T,)+) {}

        impl<$($T: Eq),+> Eq for ($($T,)+) {}

        impl<$($T: PartialOrd),+> PartialOrd for ($($T,)+) {
            #[inline]
            fn partial_cmp(&self, other: &($($T,)+)) -> Option<Ordering> {
                $(
                    match self.$idx.partial_cmp(&other.$idx) {
                        Some(Ordering::Equal) => {}
                        ordering => return ordering,
                    }
                )+
                Some(Ordering::Equal)
            }
        }

        impl<$($T: Ord),+> Ord for ($($T,)+) {
            #[inline]
            fn cmp(&self, other: &($($T,)+)) -> Ordering {
                $(
                    match self.$idx.cmp(&other.$idx) {
                        Ordering::Equal => {}
                        ordering => return ordering,
                    }
                )+
                Ordering::Equal
            }
        }

        impl<$($T: Default),+> Default for ($($T,)+) {
            #[inline]
            fn default() -> ($($T,)+) {
                ($($T::default(),)+)
            }
        }

        impl<$($T: Hash),+> Hash for ($($T,)+) {
            #[inline]
            fn hash<S: Hasher>(&self, state: &mut S) {
                $(self.$idx.hash(state);)+
            }
        }
    )*};
}

tuple_impls! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

impl Hash for () {
    #[inline]
    fn hash<H: Hasher>(&self, _state: &mut H) {}
}
