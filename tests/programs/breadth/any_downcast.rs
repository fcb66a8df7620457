use std::any::Any;
use std::collections::HashMap;

fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(s) = v.downcast_ref::<&str>() {
        format!("&str {}", s)
    } else if v.is::<f64>() {
        "some f64".to_string()
    } else {
        "unknown".to_string()
    }
}

trait Component: Any {
    fn name(&self) -> &str;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

struct Health(u32);
struct Pos { x: f32, y: f32 }
impl Component for Health {
    fn name(&self) -> &str { "health" }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}
impl Component for Pos {
    fn name(&self) -> &str { "pos" }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}

fn main() {
    let items: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new("lit"), Box::new(2.5f64), Box::new('c')];
    for it in &items { println!("{}", describe(it.as_ref())); }
    let b: Box<dyn Any> = Box::new(77u8);
    match b.downcast::<u8>() { Ok(v) => println!("got u8 {}", v), Err(_) => println!("nope") }
    let b: Box<dyn Any> = Box::new(1u16);
    println!("{}", b.downcast::<u32>().is_err());
    let mut comps: Vec<Box<dyn Component>> = vec![Box::new(Health(10)), Box::new(Pos { x: 1.0, y: 2.0 })];
    for c in comps.iter_mut() {
        if let Some(h) = c.as_any_mut().downcast_mut::<Health>() { h.0 += 5; }
        if let Some(p) = c.as_any_mut().downcast_mut::<Pos>() { p.x *= 10.0; }
    }
    for c in &comps {
        if let Some(h) = c.as_any().downcast_ref::<Health>() { println!("{} = {}", c.name(), h.0); }
        if let Some(p) = c.as_any().downcast_ref::<Pos>() { println!("{} = ({}, {})", c.name(), p.x, p.y); }
    }
    let mut reg: HashMap<&str, Box<dyn Any>> = HashMap::new();
    reg.insert("count", Box::new(3usize));
    reg.insert("label", Box::new("x".to_string()));
    let n = reg.get("count").and_then(|v| v.downcast_ref::<usize>()).copied().unwrap_or(0);
    println!("count {}", n);
    println!("{}", std::any::TypeId::of::<i32>() == std::any::TypeId::of::<i32>());
}
