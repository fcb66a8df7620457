//! The names of compiler intrinsics (`#[rustc_intrinsic]` declarations in the model `core`, spelled as
//! in rustc) and of interpreter hooks (`extern "Rust"` functions `__bs_*` and Miri's `miri_*`), mapped
//! to the [`Intrinsic`]s the machine implements. Unknown names become `Intrinsic::Unsupported`, which
//! is reported as unsupported only if the program actually calls it.

use bs_ir::{FloatBinaryOp, FloatUnaryOp, Intrinsic};

pub fn from_name(name: &str) -> Intrinsic {
    use Intrinsic::*;
    // Float intrinsics come as `sqrtf32`/`sqrtf64`; the machine picks the width from the argument type.
    let float_base = name
        .strip_suffix("f32")
        .or_else(|| name.strip_suffix("f64"));
    if let Some(base) = float_base {
        let unary = match base {
            "sqrt" => Some(FloatUnaryOp::Sqrt),
            "floor" => Some(FloatUnaryOp::Floor),
            "ceil" => Some(FloatUnaryOp::Ceil),
            "trunc" => Some(FloatUnaryOp::Trunc),
            "round" => Some(FloatUnaryOp::Round),
            "rint" | "nearbyint" | "round_ties_even" => Some(FloatUnaryOp::RoundEven),
            "fabs" => Some(FloatUnaryOp::Abs),
            "sin" => Some(FloatUnaryOp::Sin),
            "cos" => Some(FloatUnaryOp::Cos),
            "exp" => Some(FloatUnaryOp::Exp),
            "exp2" => Some(FloatUnaryOp::Exp2),
            "log" => Some(FloatUnaryOp::Ln),
            "log10" => Some(FloatUnaryOp::Log10),
            "log2" => Some(FloatUnaryOp::Log2),
            _ => None,
        };
        if let Some(op) = unary {
            return FloatUnary(op);
        }
        let binary = match base {
            "pow" => Some(FloatBinaryOp::Powf),
            "powi" => Some(FloatBinaryOp::Powi),
            "copysign" => Some(FloatBinaryOp::Copysign),
            "minnum" => Some(FloatBinaryOp::Minnum),
            "maxnum" => Some(FloatBinaryOp::Maxnum),
            "fma" => Some(FloatBinaryOp::Fma),
            _ => None,
        };
        if let Some(op) = binary {
            return FloatBinary(op);
        }
    }
    match name {
        "size_of" => SizeOf,
        "align_of" | "min_align_of" | "pref_align_of" => AlignOf,
        "size_of_val" => SizeOfVal,
        "align_of_val" | "min_align_of_val" => AlignOfVal,
        "needs_drop" => NeedsDrop,
        "type_name" => TypeName,
        "type_id" => TypeId,
        "transmute" => Transmute,
        "transmute_unchecked" => TransmuteUnchecked,
        "copy_nonoverlapping" => CopyNonOverlapping,
        "copy" => Copy,
        "write_bytes" => WriteBytes,
        "read_via_copy" => ReadViaCopy,
        "write_via_move" => WriteViaMove,
        "volatile_load" | "unaligned_volatile_load" => VolatileLoad,
        "volatile_store" | "unaligned_volatile_store" => VolatileStore,
        "forget" => Forget,
        "drop_in_place" => DropInPlace,
        "discriminant_value" => DiscriminantValue,
        "raw_eq" => RawEq,
        "compare_bytes" => CompareBytes,
        "offset" => Offset,
        "arith_offset" => ArithOffset,
        "ptr_offset_from" => PtrOffsetFrom,
        "ptr_offset_from_unsigned" => PtrOffsetFromUnsigned,
        "ptr_guaranteed_cmp" => PtrGuaranteedCmp,
        "ptr_mask" => PtrMask,
        "add_with_overflow" => AddWithOverflow,
        "sub_with_overflow" => SubWithOverflow,
        "mul_with_overflow" => MulWithOverflow,
        "wrapping_add" => WrappingAdd,
        "wrapping_sub" => WrappingSub,
        "wrapping_mul" => WrappingMul,
        "saturating_add" => SaturatingAdd,
        "saturating_sub" => SaturatingSub,
        "unchecked_add" => UncheckedAdd,
        "unchecked_sub" => UncheckedSub,
        "unchecked_mul" => UncheckedMul,
        "unchecked_div" => UncheckedDiv,
        "unchecked_rem" => UncheckedRem,
        "unchecked_shl" => UncheckedShl,
        "unchecked_shr" => UncheckedShr,
        "exact_div" => ExactDiv,
        "rotate_left" => RotateLeft,
        "rotate_right" => RotateRight,
        "ctpop" => Ctpop,
        "ctlz" | "ctlz_nonzero" => Ctlz,
        "cttz" | "cttz_nonzero" => Cttz,
        "bswap" => Bswap,
        "bitreverse" => Bitreverse,
        "three_way_compare" => ThreeWayCompare,
        "float_to_int_unchecked" => FloatToIntUnchecked,
        "abort" => Abort,
        "unreachable" => Unreachable,
        "assume" => Assume,
        "likely" => Likely,
        "unlikely" => Unlikely,
        "black_box" => BlackBox,
        "caller_location" => CallerLocation,
        "const_eval_select" => ConstEvalSelect,
        "__bs_alloc" => Alloc,
        "__bs_alloc_zeroed" => AllocZeroed,
        "__bs_dealloc" => Dealloc,
        "__bs_realloc" => Realloc,
        "__bs_write" => Write,
        "__bs_panic" => Panic,
        "__bs_exit" => Exit,
        "__bs_args_count" => ArgsCount,
        "__bs_arg_len" => ArgLen,
        "__bs_arg_copy" => ArgCopy,
        "miri_print_borrow_state" => MiriPrintBorrowState,
        "miri_pointer_name" => MiriPointerName,
        "miri_get_alloc_id" => MiriGetAllocId,
        other => Unsupported(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_intrinsics() {
        assert_eq!(
            from_name("sqrtf64"),
            Intrinsic::FloatUnary(FloatUnaryOp::Sqrt)
        );
        assert_eq!(
            from_name("powif32"),
            Intrinsic::FloatBinary(FloatBinaryOp::Powi)
        );
        assert_eq!(from_name("__bs_alloc"), Intrinsic::Alloc);
        assert_eq!(
            from_name("no_such_thing"),
            Intrinsic::Unsupported("no_such_thing".into())
        );
    }
}
