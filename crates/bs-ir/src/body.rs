//! Function bodies: locals, basic blocks, statements, terminators, places, operands and rvalues.
//!
//! The shape follows rustc's MIR (so that Miri's semantics translate one to one), with these
//! differences: bodies are monomorphic, retag points are explicit statements, raw borrows are their own
//! rvalue, and calls name their callee as an [`InstanceId`], a virtual slot, a fn pointer or an
//! intrinsic.
//!
//! Invariants (checked by `Body::validate` in debug builds):
//! * local 0 is the return place; locals `1..=arg_count` are the arguments, in order;
//! * every block ends in exactly one terminator, and every jump target exists;
//! * a `Place` projection list never has a `Deref` applied to a non-pointer type.

use crate::{InstanceId, Mutability, Span, TyId, index_type};

index_type!(
    /// A local variable or temporary of one body.
    LocalId
);
index_type!(
    /// A basic block of one body.
    BlockId
);
index_type!(
    /// A static item (or a promoted constant / literal allocation) of the program.
    StaticId
);
index_type!(
    /// A vtable: the methods of one trait for one concrete type.
    VtableId
);

pub const RETURN_PLACE: LocalId = LocalId(0);

#[derive(Clone, Debug)]
pub struct LocalDecl {
    pub ty: TyId,
    /// The user's variable name, if this local is a user binding (used in diagnostics).
    pub name: Option<String>,
    pub span: Span,
    /// Whether the binding was declared `mut` (informational).
    pub mutable: bool,
}

#[derive(Clone, Debug)]
pub struct Body {
    /// Human-readable name of the instance, e.g. `Vec::<i32>::push` (for backtraces).
    pub name: String,
    pub locals: Vec<LocalDecl>,
    pub arg_count: u32,
    pub blocks: Vec<BasicBlock>,
    pub span: Span,
    /// `#[track_caller]`: panics inside report the caller's location.
    pub track_caller: bool,
}

impl Body {
    #[inline]
    pub fn local(&self, l: LocalId) -> &LocalDecl {
        &self.locals[l.index()]
    }
    #[inline]
    pub fn block(&self, b: BlockId) -> &BasicBlock {
        &self.blocks[b.index()]
    }
    pub fn args(&self) -> impl Iterator<Item = LocalId> {
        (1..=self.arg_count).map(LocalId)
    }

    /// Checks the structural invariants listed in the module documentation.
    pub fn validate(&self) -> Result<(), String> {
        if self.locals.len() < 1 + self.arg_count as usize {
            return Err(format!(
                "{}: fewer locals than return place + arguments",
                self.name
            ));
        }
        let nb = self.blocks.len();
        for (i, bb) in self.blocks.iter().enumerate() {
            for t in bb.terminator.kind.successors() {
                if t.index() >= nb {
                    return Err(format!("{}: bb{i} jumps to missing bb{}", self.name, t.0));
                }
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug)]
pub struct BasicBlock {
    pub statements: Vec<Statement>,
    pub terminator: Terminator,
}

#[derive(Clone, Debug)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StatementKind {
    Assign(Place, Rvalue),
    /// Set the discriminant of an enum place to that of variant `.1` (after its fields were written).
    SetDiscriminant(Place, u32),
    /// The local's storage starts (fresh, uninitialised memory).
    StorageLive(LocalId),
    /// The local's storage ends; pointers to it dangle.
    StorageDead(LocalId),
    /// An aliasing-model retag of every reference/Box (or, in `Raw` mode, raw pointer) in the value
    /// at the place. Placed by the lowering at every typed copy of a value that contains references or
    /// boxes, at function entry for arguments, after two-phase and raw borrows.
    Retag(RetagKind, Place),
    /// The place's bytes become uninitialised (after a move out of a local whose storage lives on).
    Deinit(Place),
    Nop,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RetagKind {
    /// Function-entry retag of arguments: adds protectors.
    FnEntry,
    /// An ordinary typed copy.
    Default,
    /// The result of a two-phase `&mut` autoref.
    TwoPhase,
    /// Creation of a raw pointer from a place or reference.
    Raw,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub local: LocalId,
    pub projection: Vec<ProjElem>,
}

impl Place {
    pub fn local(local: LocalId) -> Place {
        Place {
            local,
            projection: Vec::new(),
        }
    }
    pub fn project(mut self, elem: ProjElem) -> Place {
        self.projection.push(elem);
        self
    }
    pub fn is_indirect(&self) -> bool {
        self.projection.iter().any(|p| matches!(p, ProjElem::Deref))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProjElem {
    /// Dereference a reference, raw pointer or `Box`.
    Deref,
    /// Field `.0` of a struct/tuple/closure/union, or of the variant selected by a preceding
    /// `Downcast`; `.1` is the field's type.
    Field(u32, TyId),
    /// Index by the value of a `usize` local (bounds are checked by a preceding `Assert`).
    Index(LocalId),
    /// `[offset]` or `[len - offset]` when `from_end` (from slice patterns).
    ConstantIndex {
        offset: u64,
        min_length: u64,
        from_end: bool,
    },
    /// `[from..len - to]` when `from_end`, else `[from..to]`.
    Subslice { from: u64, to: u64, from_end: bool },
    /// View an enum place as variant `.0`.
    Downcast(u32),
}

#[derive(Clone, Debug)]
pub enum Operand {
    Copy(Place),
    /// A move: the source is uninitialised afterwards as far as drop elaboration is concerned.
    Move(Place),
    Const(Const),
}

/// A constant value of type `ty`.
#[derive(Clone, Debug)]
pub struct Const {
    pub ty: TyId,
    pub kind: ConstKind,
}

#[derive(Clone, Debug)]
pub enum ConstKind {
    /// A scalar of the type's size: integers, bool, char, floats (as their IEEE bits).
    Scalar(u128),
    /// A value of a zero-sized type (unit, fn items, empty closures, unit structs).
    ZeroSized,
    /// A reference to a read-only byte allocation (string and byte-string literals): for `&str` and
    /// `&[u8]` a fat pointer with the byte length as metadata; for `&[u8; N]` a thin pointer.
    Bytes(StaticId),
    /// The value of a `const` item or a promoted constant: evaluated by running the instance's body
    /// once and caching the result.
    Unevaluated(InstanceId),
    /// A reference to a static item (`&STATIC`; `static mut` gives a raw pointer).
    StaticRef(StaticId),
    /// A fn pointer to the instance (from a `ReifyFnPointer` cast, folded into a constant).
    FnPtr(InstanceId),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BorrowKind {
    Shared,
    Mut,
    /// A `&mut` autoref that is only activated at its first write (rustc's rule: method-call receivers,
    /// the first argument of a UFCS method call written with `&mut`, compound-assignment left sides).
    TwoPhaseMut,
    /// A borrow created only to check a match guard; never accessed through.
    Fake,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitXor,
    BitAnd,
    BitOr,
    Shl,
    Shr,
    Eq,
    Lt,
    Le,
    Ne,
    Ge,
    Gt,
    /// `<=>` on integers/chars/bools returning `Ordering` as i8 (-1, 0, 1).
    Cmp,
    /// Pointer offset by a number of elements (`ptr.offset(n)` after lowering).
    Offset,
    /// Arithmetic that returns `(result, overflowed)` as a pair.
    AddWithOverflow,
    SubWithOverflow,
    MulWithOverflow,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum UnOp {
    Not,
    Neg,
    /// The metadata of a fat pointer (slice length, vtable pointer).
    PtrMetadata,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CastKind {
    /// Integer to integer (truncate or sign/zero extend), bool/char to integer, u8 to char.
    IntToInt,
    IntToFloat,
    FloatToInt,
    FloatToFloat,
    /// Pointer to pointer of a sized or same-metadata pointee (thin→thin, fat→fat, fat→thin drops
    /// metadata). Provenance is kept.
    PtrToPtr,
    /// `ptr as usize` and `expose_provenance`: the provenance is exposed.
    PointerExposeAddress,
    /// `usize as *const T` and `with_exposed_provenance`: the result has wildcard provenance.
    PointerWithExposedProvenance,
    /// Unsizing coercion (`&[T; N]` → `&[T]`, `&T` → `&dyn Trait`, `Box<T>` → `Box<dyn Trait>`). For
    /// `dyn` the vtable comes from the rvalue's `VtableId`.
    Unsize,
    /// A fn item to a fn pointer.
    ReifyFnPointer,
    /// A non-capturing closure to a fn pointer.
    ClosureFnPointer,
    /// Reinterpret bytes (`transmute`) of equal size.
    Transmute,
}

#[derive(Clone, Debug)]
pub enum AggregateKind {
    Tuple,
    Array(TyId),
    /// A struct/enum/union value: the ADT type and the variant index (for unions, the operand list has
    /// exactly one operand, for field `active_field`).
    Adt {
        ty: TyId,
        variant: u32,
        active_field: Option<u32>,
    },
    Closure(TyId),
    /// A raw pointer built from a data pointer and metadata (`ptr::from_raw_parts`, slice_from_raw_parts).
    RawPtr(TyId),
}

#[derive(Clone, Debug)]
pub enum Rvalue {
    Use(Operand),
    /// `[op; n]`.
    Repeat(Operand, u64),
    /// A reference to the place.
    Ref(BorrowKind, Place),
    /// `&raw const place` / `&raw mut place` (also `&mut x as *mut T` and `addr_of!`).
    RawPtr(Mutability, Place),
    /// Length of an array or slice place.
    Len(Place),
    Cast(CastKind, Operand, TyId),
    /// Unsizing to `dyn Trait` needs the vtable of the source type.
    CastToDyn(Operand, TyId, VtableId),
    BinaryOp(BinOp, Operand, Operand),
    UnaryOp(UnOp, Operand),
    /// The discriminant value of an enum place (as the enum's discriminant integer type, here i128 bits
    /// truncated to the destination type).
    Discriminant(Place),
    Aggregate(AggregateKind, Vec<Operand>),
    /// Read a value of the place's type (a typed copy); used for `*ptr` reads in expressions.
    CopyForDeref(Place),
    /// `size_of::<T>()` / `align_of::<T>()` where T is sized (folded by the lowering when known).
    NullaryOp(NullOp, TyId),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum NullOp {
    SizeOf,
    AlignOf,
}

#[derive(Clone, Debug)]
pub struct Terminator {
    pub kind: TerminatorKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TerminatorKind {
    Goto(BlockId),
    /// Compare `discr` (an integer, bool or char) against each value; jump to the first match, else to
    /// `otherwise`.
    SwitchInt {
        discr: Operand,
        targets: Vec<(u128, BlockId)>,
        otherwise: BlockId,
    },
    Return,
    /// Reaching this is UB ("entering unreachable code").
    Unreachable,
    /// Run the drop glue of the place's type, then continue. Drop elaboration happens in the lowering
    /// (with explicit boolean drop-flag locals where a move is conditional), so a `Drop` is only reached
    /// when the place is fully initialised. Drop glue: for a type with `drop_impl`, call it with
    /// `&mut place`; then (unless `ManuallyDrop`/union) drop the fields of the active variant in order,
    /// array/slice elements in order, the pointee of a `Box` followed by the Box's own `Drop` impl (which
    /// frees the memory), and for `dyn Trait` the glue of the vtable's concrete type.
    Drop {
        place: Place,
        target: BlockId,
    },
    Call {
        callee: Callee,
        args: Vec<Operand>,
        dest: Place,
        target: Option<BlockId>,
    },
    /// Panic with `msg` unless `cond == expected`.
    Assert {
        cond: Operand,
        expected: bool,
        msg: AssertMessage,
        target: BlockId,
    },
}

impl TerminatorKind {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            TerminatorKind::Goto(b) => vec![*b],
            TerminatorKind::SwitchInt {
                targets, otherwise, ..
            } => {
                let mut v: Vec<_> = targets.iter().map(|t| t.1).collect();
                v.push(*otherwise);
                v
            }
            TerminatorKind::Return | TerminatorKind::Unreachable => vec![],
            TerminatorKind::Drop { target, .. } | TerminatorKind::Assert { target, .. } => {
                vec![*target]
            }
            TerminatorKind::Call { target, .. } => target.iter().copied().collect(),
        }
    }
}

/// The panics the language itself raises, with rustc's messages.
#[derive(Clone, Debug)]
pub enum AssertMessage {
    /// "attempt to {add,subtract,multiply,divide,...} with overflow"
    Overflow(BinOp),
    /// "attempt to negate with overflow"
    OverflowNeg,
    /// "attempt to divide by zero"
    DivisionByZero,
    /// "attempt to calculate the remainder with a divisor of zero"
    RemainderByZero,
    /// "index out of bounds: the len is {len} but the index is {index}"
    BoundsCheck { len: Operand, index: Operand },
    /// "attempt to shift left with overflow" etc. are `Overflow(Shl/Shr)`.
    /// A misaligned pointer dereference (debug assertion in rustc); here it is UB instead.
    Other(String),
}

#[derive(Clone, Debug)]
pub enum Callee {
    /// A statically known function instance.
    Direct(InstanceId),
    /// A call through the vtable of the first argument (a `dyn Trait` receiver, as a fat pointer or
    /// `Box<dyn Trait>`): method slot `.0` of the vtable.
    Virtual(u32),
    /// A call through a fn pointer value; `.1` is the expected signature's fn-pointer type.
    FnPtr(Operand, TyId),
    /// A compiler intrinsic or interpreter hook, with its generic type arguments.
    Intrinsic(Intrinsic, Vec<TyId>),
}

/// Intrinsics and interpreter hooks the machine implements natively. The model library declares them as
/// body-less `#[rustc_intrinsic]` functions (or `extern "Rust"` hooks named `__bs_*`); the lowering maps
/// their names to this enum. Names it does not know become `Unsupported(name)`, which is an
/// "unsupported" error if it is ever called.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Intrinsic {
    // Type queries.
    SizeOf,
    AlignOf,
    SizeOfVal,
    AlignOfVal,
    NeedsDrop,
    TypeName,
    TypeId,
    // Memory.
    Transmute,
    TransmuteUnchecked,
    CopyNonOverlapping,
    Copy,
    WriteBytes,
    ReadViaCopy,
    WriteViaMove,
    VolatileLoad,
    VolatileStore,
    Forget,
    DropInPlace,
    DiscriminantValue,
    RawEq,
    CompareBytes,
    // Pointers.
    Offset,
    ArithOffset,
    PtrOffsetFrom,
    PtrOffsetFromUnsigned,
    PtrGuaranteedCmp,
    PtrMask,
    // Arithmetic.
    AddWithOverflow,
    SubWithOverflow,
    MulWithOverflow,
    WrappingAdd,
    WrappingSub,
    WrappingMul,
    SaturatingAdd,
    SaturatingSub,
    UncheckedAdd,
    UncheckedSub,
    UncheckedMul,
    UncheckedDiv,
    UncheckedRem,
    UncheckedShl,
    UncheckedShr,
    ExactDiv,
    RotateLeft,
    RotateRight,
    Ctpop,
    Ctlz,
    Cttz,
    Bswap,
    Bitreverse,
    ThreeWayCompare,
    // Floats (f32/f64 chosen by the type argument or the name suffix).
    FloatUnary(FloatUnaryOp),
    FloatBinary(FloatBinaryOp),
    FloatToIntUnchecked,
    // Control.
    Abort,
    Unreachable,
    Assume,
    Likely,
    Unlikely,
    BlackBox,
    CallerLocation,
    ConstEvalSelect,
    /// Call a closure/fn with a tuple of arguments: `rust_call` shim for `Fn*::call*` on closures and fn
    /// items/pointers whose body the lowering could not resolve statically.
    CallOverloaded,
    // Interpreter hooks (model std ↔ machine), declared in the model `core` as
    // `unsafe extern "Rust" { fn __bs_NAME(...); }`. Exact signatures:
    /// `fn __bs_alloc(size: usize, align: usize) -> *mut u8` (heap allocation; null on failure).
    Alloc,
    /// `fn __bs_alloc_zeroed(size: usize, align: usize) -> *mut u8`
    AllocZeroed,
    /// `fn __bs_dealloc(ptr: *mut u8, size: usize, align: usize)` (UB if the layout differs).
    Dealloc,
    /// `fn __bs_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8`
    Realloc,
    /// `fn __bs_write(fd: i32, ptr: *const u8, len: usize)`: fd 1 = stdout, 2 = stderr.
    Write,
    /// `fn __bs_panic(msg_ptr: *const u8, msg_len: usize, loc: &'static Location<'static>) -> !`:
    /// prints `thread 'main' panicked at FILE:LINE:COL:\nMSG` and ends the program with exit code 101
    /// (unwinding is not modelled yet).
    Panic,
    /// `fn __bs_exit(code: i32) -> !`
    Exit,
    /// `fn __bs_args_count() -> usize`
    ArgsCount,
    /// `fn __bs_arg_len(i: usize) -> usize`
    ArgLen,
    /// `fn __bs_arg_copy(i: usize, dst: *mut u8)` copies the bytes of argument `i` (UTF-8).
    ArgCopy,
    /// `fn miri_print_borrow_state(alloc_id: u64, show_unnamed: bool)` (Miri's spelling).
    MiriPrintBorrowState,
    /// `fn miri_pointer_name(ptr: *const (), nth_parent: u8, name: &[u8])`
    MiriPointerName,
    /// `fn miri_get_alloc_id(ptr: *const ()) -> u64`
    MiriGetAllocId,
    Unsupported(String),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FloatUnaryOp {
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Round,
    RoundEven,
    Abs,
    Sin,
    Cos,
    Exp,
    Exp2,
    Ln,
    Log10,
    Log2,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FloatBinaryOp {
    Powf,
    Powi,
    Copysign,
    Minnum,
    Maxnum,
    Fma,
}
