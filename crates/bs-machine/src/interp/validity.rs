//! Validity of values on typed copies ("constructing invalid value: …"), and retags.
//!
//! Miri checks every typed copy against the type's validity invariant: booleans are 0 or 1, chars are
//! unicode scalar values, enum tags name a variant, references and boxes are non-null, aligned and
//! dereferenceable, scalars with a restricted range (`NonNull`, `NonZero`) are in range, and integers,
//! floats and pointers are initialised. Messages follow Miri, with the path of the offending field
//! (`at .0`, `at .<enum-tag>`, `at [3]`).

use bs_ir::{TyId, TyKind, Variants};

use super::Machine;
use super::place::{Meta, PlaceVal, field_offset, field_tys};
use super::value::{Repr, SKind, Scalar};
use crate::error::{InterpResult, Stop, ub};
use crate::memory::{CheckMsg, PTR_SIZE, Pointer};

fn at(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    }
}

impl Machine<'_> {
    fn expected_name(&self, ty: TyId, skind: SKind) -> &'static str {
        match skind {
            SKind::Int { .. } => "an integer",
            SKind::Bool => "a boolean",
            SKind::Char => "a unicode scalar value",
            SKind::Float(_) => "a floating point number",
            SKind::RawPtr => "a raw pointer",
            SKind::Ref => "a reference",
            SKind::FnPtr => "a function pointer",
            SKind::Other => {
                if self.flags(ty).is_box {
                    "a box"
                } else {
                    "initialized memory"
                }
            }
        }
    }

    pub fn uninit_error<T>(&mut self, ty: TyId, path: &str) -> InterpResult<T> {
        let sk = self.info(ty)?.skind;
        let what = self.expected_name(ty, sk);
        ub(format!(
            "constructing invalid value{}: encountered uninitialized memory, but expected {what}",
            at(path)
        ))
    }

    /// Checks a reference or box: non-null, aligned, dereferenceable for the pointee's size.
    fn validate_ref(
        &mut self,
        ptr: Pointer,
        pointee: TyId,
        meta: Meta,
        is_box: bool,
        path: &str,
    ) -> InterpResult<()> {
        let kind = if is_box { "box" } else { "reference" };
        let (size, align) = match self.size_align_of(pointee, meta) {
            Ok(x) => x,
            Err(e) => match *e {
                Stop::Ub(m) => {
                    return ub(format!(
                        "constructing invalid value{}: encountered invalid {kind} metadata: {m}",
                        at(path)
                    ));
                }
                _ => return Err(e),
            },
        };
        if ptr.addr == 0 {
            return ub(format!(
                "constructing invalid value{}: encountered a null {kind}",
                at(path)
            ));
        }
        if !ptr.addr.is_multiple_of(align) {
            let has = 1u64 << ptr.addr.trailing_zeros().min(63);
            let a = if is_box {
                "an unaligned box"
            } else {
                "an unaligned reference"
            };
            return ub(format!(
                "constructing invalid value{}: encountered {a} (required {align} byte alignment but found {has})",
                at(path)
            ));
        }
        if size > 0
            && let Err(e) = self.mem.check_ptr(ptr, size, CheckMsg::Dereferenceable)
        {
            let Stop::Ub(m) = *e else { return Err(e) };
            let why = if m.contains("has been freed") {
                "use-after-free".to_string()
            } else if m.contains("no provenance") || m.contains("null pointer") {
                format!("{} has no provenance", self.mem.fmt_ptr(ptr))
            } else {
                "going beyond the bounds of its allocation".to_string()
            };
            return ub(format!(
                "constructing invalid value{}: encountered a dangling {kind} ({why})",
                at(path)
            ));
        }
        Ok(())
    }

    pub fn validate_scalar(
        &mut self,
        ty: TyId,
        skind: SKind,
        s: Scalar,
        meta: Meta,
        path: &str,
    ) -> InterpResult<()> {
        match skind {
            SKind::Bool if s.bits > 1 => ub(format!(
                "constructing invalid value{}: encountered 0x{:02x}, but expected a boolean",
                at(path),
                s.bits
            )),
            SKind::Char if char::from_u32(s.bits as u32).is_none() || s.bits > u32::MAX as u128 => {
                ub(format!(
                    "constructing invalid value{}: encountered 0x{:08x}, but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)",
                    at(path),
                    s.bits
                ))
            }
            SKind::Ref => {
                let Some(pointee) = self.program.tys.pointee(ty) else {
                    return Ok(());
                };
                self.validate_ref(s.to_ptr(), pointee, meta, false, path)
            }
            SKind::FnPtr if s.bits == 0 => ub(format!(
                "constructing invalid value{}: encountered a null function pointer",
                at(path)
            )),
            _ => Ok(()),
        }
    }

    pub fn validate_pair(
        &mut self,
        ty: TyId,
        a: Scalar,
        b: Scalar,
        path: &str,
    ) -> InterpResult<()> {
        let d = self.ty(ty)?;
        let is_ref = matches!(d.kind, TyKind::Ref(..));
        let Some(pointee) = self.program.tys.pointee(ty) else {
            return Ok(());
        };
        let meta = match self.tail_kind(pointee)? {
            super::place::TailKind::Vtable => {
                let vp = b.to_ptr();
                if let Err(e) = self.vtable_of(vp) {
                    if is_ref {
                        return ub(format!(
                            "constructing invalid value{}: encountered {}, but expected a vtable pointer",
                            at(path),
                            self.mem.fmt_ptr(vp)
                        ));
                    }
                    // Raw pointers may carry any metadata until used.
                    let _ = e;
                    return Ok(());
                }
                Meta::Vtable(vp)
            }
            _ => Meta::Len(b.bits as u64),
        };
        if is_ref {
            self.validate_ref(a.to_ptr(), pointee, meta, false, path)?;
        }
        Ok(())
    }

    /// Validates the value stored at `p` against its type.
    pub fn validate_place(&mut self, p: &PlaceVal, path: &mut String) -> InterpResult<()> {
        let mut info = self.info(p.ty)?;
        info.align = info.align.min(p.align);
        match info.repr {
            Repr::Zst => {
                let d = self.ty(p.ty)?;
                if d.layout.uninhabited {
                    let what = if matches!(d.kind, TyKind::Never) {
                        "a value of the never type `!`".to_string()
                    } else {
                        format!("a value of uninhabited type `{}`", d.name)
                    };
                    return ub(format!(
                        "constructing invalid value{}: encountered {what}",
                        at(path)
                    ));
                }
                Ok(())
            }
            Repr::Scalar => {
                let Some((bits, prov)) = self.mem.read_scalar(p.ptr, info.size, info.align)? else {
                    return self.uninit_error(p.ty, path);
                };
                self.validate_scalar(p.ty, info.skind, Scalar { bits, prov }, Meta::None, path)
            }
            Repr::Pair => {
                let a = self
                    .mem
                    .read_scalar(p.ptr, PTR_SIZE, info.align.min(PTR_SIZE))?;
                let b = self.mem.read_scalar(
                    p.ptr.offset_u(PTR_SIZE),
                    PTR_SIZE,
                    info.align.min(PTR_SIZE),
                )?;
                let (Some(a), Some(b)) = (a, b) else {
                    return self.uninit_error(p.ty, path);
                };
                self.validate_pair(
                    p.ty,
                    Scalar {
                        bits: a.0,
                        prov: a.1,
                    },
                    Scalar {
                        bits: b.0,
                        prov: b.1,
                    },
                    path,
                )
            }
            Repr::Mem | Repr::Unsized => self.validate_aggregate(p, path),
        }
    }

    fn validate_aggregate(&mut self, p: &PlaceVal, path: &mut String) -> InterpResult<()> {
        let d = self.ty(p.ty)?;
        let flags = d.flags;
        if flags.is_union || d.layout.uninhabited && d.layout.size == 0 {
            return Ok(());
        }
        if flags.is_box {
            let Some(pointee) = self.program.tys.box_pointee(p.ty) else {
                return Ok(());
            };
            let a = self.mem.read_scalar(p.ptr, PTR_SIZE, PTR_SIZE)?;
            let Some((bits, prov)) = a else {
                return self.uninit_error(p.ty, path);
            };
            let meta = match self.tail_kind(pointee)? {
                super::place::TailKind::Sized => Meta::None,
                k => {
                    let Some((m, mp)) =
                        self.mem
                            .read_scalar(p.ptr.offset_u(PTR_SIZE), PTR_SIZE, PTR_SIZE)?
                    else {
                        return self.uninit_error(p.ty, path);
                    };
                    if k == super::place::TailKind::Len {
                        Meta::Len(m as u64)
                    } else {
                        let vp = Pointer {
                            addr: m as u64,
                            prov: mp,
                        };
                        self.vtable_of(vp)?;
                        Meta::Vtable(vp)
                    }
                }
            };
            return self.validate_ref(
                Pointer {
                    addr: bits as u64,
                    prov,
                },
                pointee,
                meta,
                true,
                path,
            );
        }
        self.validate_fields(p, path)?;
        self.check_scalar_range(p, path)
    }

    fn validate_fields(&mut self, p: &PlaceVal, path: &mut String) -> InterpResult<()> {
        let d = self.ty(p.ty)?;
        match &d.kind {
            TyKind::Array(e, n) => {
                let (e, n) = (*e, *n);
                self.validate_seq(p, e, n, path)
            }
            TyKind::Slice(e) => {
                let e = *e;
                let Meta::Len(n) = p.meta else { return Ok(()) };
                self.validate_seq(p, e, n, path)
            }
            TyKind::Str | TyKind::Dyn(_) => Ok(()),
            TyKind::Tuple(_) | TyKind::Closure(..) | TyKind::Adt(..) => {
                let variant = match &d.layout.variants {
                    Variants::Multiple { .. } => match self.read_discriminant(p) {
                        Ok(v) => Some(v),
                        Err(e) => {
                            let Stop::Ub(m) = *e else { return Err(e) };
                            let m = m.replace("enum value has invalid tag: ", "");
                            if m.starts_with("using uninitialized") {
                                return ub(format!(
                                    "constructing invalid value at {path}.<enum-tag>: encountered uninitialized memory, but expected a valid enum tag"
                                ));
                            }
                            return ub(format!(
                                "constructing invalid value at {path}.<enum-tag>: encountered {m}, but expected a valid enum tag"
                            ));
                        }
                    },
                    Variants::Single { .. } => None,
                };
                let d = self.ty(p.ty)?;
                let is_adt = matches!(d.kind, TyKind::Adt(..));
                let tys = field_tys(d, variant);
                let vname = variant
                    .and_then(|v| d.variants.get(v as usize))
                    .map(|v| v.name.clone());
                let vi = variant.unwrap_or(match d.layout.variants {
                    Variants::Single { index } => index,
                    Variants::Multiple { .. } => 0,
                });
                let names: Vec<String> = d
                    .variants
                    .get(vi as usize)
                    .map(|v| v.field_names.clone())
                    .unwrap_or_default();
                if let Some(v) = variant
                    && let Variants::Multiple { variants, .. } = &d.layout.variants
                    && variants.get(v as usize).is_some_and(|l| l.uninhabited)
                {
                    return ub(format!(
                        "constructing invalid value at {path}.<enum-tag>: encountered an uninhabited enum variant"
                    ));
                }
                let base_len = path.len();
                for (i, t) in tys.iter().enumerate() {
                    let d = self.ty(p.ty)?;
                    let Some(o) = field_offset(&d.layout, variant, i as u32) else {
                        continue;
                    };
                    let fsized = self.ty(*t)?.layout.sized;
                    let meta = if fsized { Meta::None } else { p.meta };
                    if !fsized && matches!(meta, Meta::Vtable(_)) {
                        continue;
                    }
                    if let Some(vn) = &vname {
                        path.push_str(&format!(".<enum-variant({vn})>"));
                    }
                    match names.get(i) {
                        Some(n) if is_adt => path.push_str(&format!(".{n}")),
                        _ => path.push_str(&format!(".{i}")),
                    }
                    let fp = PlaceVal {
                        ptr: p.ptr.offset_u(o),
                        meta,
                        ty: *t,
                        variant: None,
                        align: p.align.min(self.ty(p.ty)?.layout.align.max(1)),
                    };
                    self.validate_place(&fp, path)?;
                    path.truncate(base_len);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Scalar-range invariants of wrappers (`NonNull`, `NonZero`, niche-carrying structs), checked
    /// after the fields so that a field's own message (e.g. "expected a boolean") wins.
    fn check_scalar_range(&mut self, p: &PlaceVal, path: &str) -> InterpResult<()> {
        let d = self.ty(p.ty)?;
        let single = matches!(d.layout.variants, Variants::Single { .. });
        let size = d.layout.size;
        if let (Some(sc), true) = (d.layout.scalar, single)
            && u64::from(sc.size) == size
            && (sc.valid_start != 0
                || sc.valid_end != super::value::trunc(u128::MAX, sc.size as u64))
        {
            let Some((bits, _)) = self.mem.read_scalar(p.ptr, sc.size as u64, 1)? else {
                return self.uninit_error(p.ty, path);
            };
            if !sc.is_valid(bits) {
                let expected = if sc.valid_start <= sc.valid_end
                    && sc.valid_end == super::value::trunc(u128::MAX, sc.size as u64)
                {
                    format!("something greater or equal to {}", sc.valid_start)
                } else if sc.valid_start == 0 {
                    format!("something less or equal to {}", sc.valid_end)
                } else {
                    format!(
                        "something in the range {}..={}",
                        sc.valid_start, sc.valid_end
                    )
                };
                let shown = if sc.pointer && bits == 0 {
                    "a null pointer".to_string()
                } else {
                    format!("{bits}")
                };
                return ub(format!(
                    "constructing invalid value{}: encountered {shown}, but expected {expected}",
                    at(path)
                ));
            }
        }
        Ok(())
    }

    fn validate_seq(
        &mut self,
        p: &PlaceVal,
        elem: TyId,
        n: u64,
        path: &mut String,
    ) -> InterpResult<()> {
        let ei = self.info(elem)?;
        if n == 0 || ei.size == 0 && !self.ty(elem)?.layout.uninhabited {
            return Ok(());
        }
        // Plain integers and floats: one init check over the whole range.
        if matches!(ei.skind, SKind::Int { .. } | SKind::Float(_)) {
            let b = self.mem.read_bytes(p.ptr, ei.size * n, ei.align)?;
            if let Some(i) = b.init.first_uninit(0, b.len()) {
                path.push_str(&format!("[{}]", i / ei.size));
                return self.uninit_error(elem, path);
            }
            return Ok(());
        }
        let base_len = path.len();
        for i in 0..n {
            path.push_str(&format!("[{i}]"));
            let ep = PlaceVal {
                ptr: p.ptr.offset_u(i * ei.size),
                meta: Meta::None,
                ty: elem,
                variant: None,
                align: p.align,
            };
            self.validate_place(&ep, path)?;
            path.truncate(base_len);
        }
        Ok(())
    }

    pub fn is_ref(&self, ty: TyId) -> bool {
        self.program
            .tys
            .tys
            .get(ty.index())
            .is_some_and(|d| matches!(d.kind, TyKind::Ref(..)) || d.flags.is_box)
    }
}
