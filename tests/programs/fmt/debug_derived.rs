//! {:?} and {:#?} for derived types, nested containers, tuples, Option, unit and empty structs.
#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Tuple(i32, &'static str);

#[derive(Debug)]
struct Named {
    id: u8,
    tags: Vec<&'static str>,
    inner: Option<Tuple>,
}

#[derive(Debug)]
enum E {
    A,
    B(i32, i32),
    C { x: bool },
}

#[derive(Debug)]
struct Empty {}

fn main() {
    println!("{:?}", Unit);
    println!("{:?}", Tuple(-1, "s"));
    let n = Named { id: 3, tags: vec!["a", "b"], inner: Some(Tuple(0, "z")) };
    println!("{:?}", n);
    println!("{:#?}", n);
    println!("{:?}", [E::A, E::B(1, 2), E::C { x: true }]);
    println!("{:#?}", E::B(3, 4));
    println!("{:?}", Empty {});
    println!("{:?}", (1,));
    println!("{:?}", ((), ((),)));
    println!("{:#?}", (1, "two"));
    println!("{:#?}", Vec::<i32>::new());
    println!("{:#?}", Some(Unit));
}
