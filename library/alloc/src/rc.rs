//! `Rc<T>`: single-threaded reference counting (to be filled).
