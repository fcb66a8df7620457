//! `Index`/`IndexMut` (the `container[index]` operator). The impls for slices, arrays and `str`
//! live next to those types (`crate::slice::index`, `crate::array`, `crate::str`).

#[lang = "index"]
#[rustc_on_unimplemented(message = "the type `{Self}` cannot be indexed by `{Idx}`")]
pub trait Index<Idx: ?Sized> {
    type Output: ?Sized;
    #[track_caller]
    fn index(&self, index: Idx) -> &Self::Output;
}

#[lang = "index_mut"]
pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    #[track_caller]
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}
