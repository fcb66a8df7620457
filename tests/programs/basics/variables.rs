//! Let bindings, shadowing, mutability and block expressions.
fn main() {
    let x = 5;
    let x = x + 1;
    let mut y = x * 2;
    y -= 3;
    let z = {
        let inner = y * y;
        inner - 1
    };
    println!("x = {}", x);
    println!("y = {}", y);
    println!("z = {}", z);
    let (a, b) = (1, 2);
    let (b, a) = (a, b);
    println!("a = {a}, b = {b}");
    let unit = ();
    println!("{:?}", unit);
}
