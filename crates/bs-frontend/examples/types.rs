//! `cargo run -p bs-frontend --example types -- FILE.rs`: interns the type of every binding of the user's
//! functions and prints its layout summary. A development tool for the type interner.

use bs_frontend::{cx::Cx, diagnostics::bodies_of_crate, load::Analysis};
use ra_ap_hir_def::expr_store::Body;
use ra_ap_hir_ty::{
    InferenceResult,
    next_solver::{DbInterner, GenericArgs},
};

fn main() {
    let path = std::env::args().nth(1).expect("usage: types FILE.rs");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let analysis = Analysis::new(&path, text);
    let mut program = bs_ir::Program::default();
    let mut state = bs_frontend::cx::FrontendState::default();
    ra_ap_hir_ty::attach_db(&analysis.db, || {
        let interner = DbInterner::new_with(&analysis.db, analysis.user_crate);
        for def in bodies_of_crate(&analysis, analysis.user_crate) {
            let body = Body::of(&analysis.db, def);
            let infer = InferenceResult::of(&analysis.db, def);
            let mut cx = Cx::new(
                &analysis,
                &mut program,
                &mut state,
                GenericArgs::empty(interner),
            );
            for (b, data) in body.bindings() {
                let ty = infer.binding_ty(b);
                match cx.ty(ty) {
                    Ok(id) => {
                        let d = cx.program.tys.get(id);
                        println!(
                            "{}: {} size={} align={} flags={:?} variants={:?}",
                            data.name.as_str(),
                            d.name,
                            d.layout.size,
                            d.layout.align,
                            d.flags,
                            d.layout.variants
                        );
                    }
                    Err(e) => println!("{}: ERROR {}", data.name.as_str(), e.message),
                }
            }
        }
    });
}
