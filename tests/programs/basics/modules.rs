//! Inline modules, visibility and paths.
mod geometry {
    pub mod shapes {
        pub struct Rect {
            pub w: u32,
            pub h: u32,
        }

        impl Rect {
            pub fn area(&self) -> u32 {
                self.w * self.h
            }
        }

        pub fn unit() -> Rect {
            Rect { w: 1, h: 1 }
        }
    }

    pub fn double(r: &shapes::Rect) -> shapes::Rect {
        shapes::Rect { w: r.w * 2, h: r.h * 2 }
    }
}

use geometry::shapes::{self, Rect};

fn main() {
    let r = Rect { w: 3, h: 4 };
    println!("{}", r.area());
    let d = geometry::double(&r);
    println!("{}", d.area());
    println!("{}", shapes::unit().area());
    println!("{}", crate::geometry::shapes::unit().w);
}
