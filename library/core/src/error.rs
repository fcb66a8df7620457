//! The `Error` trait (real std re-exports `core::error::Error`).

use crate::fmt::{Debug, Display};
use crate::option::Option::{self, None};

#[rustc_has_incoherent_inherent_impls]
pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }

    fn cause(&self) -> Option<&dyn Error> {
        self.source()
    }
}

impl<'a, E: Error + ?Sized> Error for &'a E {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}

impl Error for crate::num::ParseIntError {}
impl Error for crate::num::ParseFloatError {}
impl Error for crate::num::TryFromIntError {}
impl Error for crate::str::Utf8Error {}
impl Error for crate::str::ParseBoolError {}
impl Error for crate::char::ParseCharError {}
impl Error for crate::char::CharTryFromError {}
impl Error for crate::array::TryFromSliceError {}
impl Error for crate::cell::BorrowError {}
impl Error for crate::cell::BorrowMutError {}
impl Error for crate::fmt::Error {}
impl Error for crate::alloc::LayoutError {}
impl Error for crate::convert::Infallible {}

impl dyn Error {
    pub fn is<T: Error + 'static>(&self) -> bool {
        crate::any::TypeId::of::<T>() == self.type_id_private()
    }

    pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: `is` ensures this type cast is correct
            unsafe { crate::option::Option::Some(&*(self as *const dyn Error as *const T)) }
        } else {
            None
        }
    }
}

trait ErrorTypeId: 'static {
    fn type_id_private(&self) -> crate::any::TypeId;
}

impl<T: ?Sized + 'static> ErrorTypeId for T {
    fn type_id_private(&self) -> crate::any::TypeId {
        crate::any::TypeId::of::<T>()
    }
}
