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

    /// Real std's hidden `type_id(&self, private::Internal)`: in the vtable, so `dyn Error`'s
    /// `is`/`downcast_ref` see the concrete type. Not callable from outside (private argument).
    #[doc(hidden)]
    fn __bs_error_type_id(&self, _: private::Internal) -> crate::any::TypeId
    where
        Self: 'static,
    {
        crate::any::TypeId::of::<Self>()
    }
}

mod private {
    #[derive(Debug)]
    pub struct Internal;
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

macro_rules! dyn_error_downcast {
    ($($dyn:ty)*) => {$(
        impl $dyn {
            pub fn is<T: Error + 'static>(&self) -> bool {
                crate::any::TypeId::of::<T>() == self.__bs_error_type_id(private::Internal)
            }

            pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
                if self.is::<T>() {
                    // SAFETY: `is` ensures this type cast is correct
                    unsafe { crate::option::Option::Some(&*(self as *const Self as *const T)) }
                } else {
                    None
                }
            }

            pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T> {
                if self.is::<T>() {
                    // SAFETY: `is` ensures this type cast is correct
                    unsafe { crate::option::Option::Some(&mut *(self as *mut Self as *mut T)) }
                } else {
                    None
                }
            }
        }
    )*};
}
dyn_error_downcast! { dyn Error (dyn Error + crate::marker::Send) (dyn Error + crate::marker::Send + crate::marker::Sync) }
