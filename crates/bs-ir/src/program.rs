//! The whole program as the machine sees it: instances (with lazily lowered bodies), statics, vtables,
//! types and sources.

use std::rc::Rc;

use crate::{Body, SourceMap, Span, StaticId, TyId, TyTable, VtableId, index_type};

index_type!(
    /// A monomorphic function instance (fn item with generic args, closure body, drop impl, const or
    /// static initialiser).
    InstanceId
);

#[derive(Clone, Debug)]
pub enum InstanceKind {
    /// A function with a body written in Rust (user code or model library).
    Item,
    /// A closure body. Its signature is exactly that of `Fn*::call*`: argument 1 is the closure value
    /// (by `&`, `&mut` or by value, depending on the closure kind) and argument 2 is the tuple of the
    /// call's arguments (the body destructures it), so calls through `Fn*` traits, `dyn Fn*` vtables
    /// and direct calls all pass `(closure, (args…))` without any spreading.
    Closure,
    /// The initialiser of a `const` item or a promoted constant.
    Const,
    /// The initialiser of a `static` item (`.0`).
    StaticInit(StaticId),
}

#[derive(Clone, Debug)]
pub struct InstanceData {
    /// Human-readable path with generic arguments, for backtraces (`<Vec<i32>>::push`).
    pub name: String,
    pub kind: InstanceKind,
    pub span: Span,
    /// The fn-pointer type of this instance's signature (for checks of calls through fn pointers).
    pub sig_ty: Option<TyId>,
}

/// A static allocation: a `static` item, or the bytes of a literal.
#[derive(Clone, Debug)]
pub struct StaticData {
    pub name: String,
    pub ty: TyId,
    pub mutable: bool,
    pub init: StaticInit,
}

#[derive(Clone, Debug)]
pub enum StaticInit {
    /// Literal bytes (string/byte-string literals): read-only.
    Bytes(Vec<u8>),
    /// Run this instance once (on first use) to compute the value.
    Body(InstanceId),
}

/// The methods of one trait implemented for one concrete type, in the trait's method order
/// (supertrait methods first, as rustc lays out vtables). `None` marks a method that is not callable
/// through `dyn` (e.g. it has `where Self: Sized`).
#[derive(Clone, Debug)]
pub struct VtableData {
    /// The concrete (sized) type.
    pub ty: TyId,
    pub methods: Vec<Option<InstanceId>>,
}

/// Lowers instance bodies on demand. Implemented by the frontend; the machine calls it the first time
/// an instance is called. Lowering may intern new types, instances, statics and vtables in `program`.
pub trait Lowerer {
    fn lower_body(
        &mut self,
        program: &mut Program,
        instance: InstanceId,
    ) -> Result<Body, LowerError>;
}

/// Why a body could not be lowered: a feature or library item borrowscope does not support yet.
#[derive(Clone, Debug)]
pub struct LowerError {
    pub message: String,
    pub span: Span,
}

#[derive(Default, Debug)]
pub struct Program {
    pub sources: SourceMap,
    pub tys: TyTable,
    pub instances: Vec<InstanceData>,
    /// `bodies[i]` is the body of `instances[i]` once it was lowered.
    pub bodies: Vec<Option<Rc<Body>>>,
    pub statics: Vec<StaticData>,
    pub vtables: Vec<VtableData>,
    /// The user's `main`.
    pub entry: Option<InstanceId>,
}

impl Program {
    pub fn add_instance(&mut self, data: InstanceData) -> InstanceId {
        self.instances.push(data);
        self.bodies.push(None);
        InstanceId::from_usize(self.instances.len() - 1)
    }

    pub fn add_static(&mut self, data: StaticData) -> StaticId {
        self.statics.push(data);
        StaticId::from_usize(self.statics.len() - 1)
    }

    pub fn add_vtable(&mut self, data: VtableData) -> VtableId {
        self.vtables.push(data);
        VtableId::from_usize(self.vtables.len() - 1)
    }

    /// The body of an instance, lowering it first if needed.
    pub fn body(
        &mut self,
        lowerer: &mut dyn Lowerer,
        instance: InstanceId,
    ) -> Result<Rc<Body>, LowerError> {
        if let Some(b) = &self.bodies[instance.index()] {
            return Ok(b.clone());
        }
        let body = Rc::new(lowerer.lower_body(self, instance)?);
        self.bodies[instance.index()] = Some(body.clone());
        Ok(body)
    }
}
