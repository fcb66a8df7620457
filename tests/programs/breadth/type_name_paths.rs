fn name_of<T>(_: &T) -> &'static str { std::any::type_name::<T>() }
fn main() {
    println!("{}", std::any::type_name::<i32>());
    println!("{}", std::any::type_name::<Vec<Option<i32>>>());
    println!("{}", name_of(&String::new()));
    println!("{}", name_of(&"x"));
    println!("{}", std::any::type_name::<(u8, [f64; 3], &[char])>());
}
