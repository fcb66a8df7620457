//! FnOnce closures that move captured values out, and Option::take in closures.
struct Resource(String);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("released {}", self.0);
    }
}

fn main() {
    let r = Resource("db".to_string());
    let finish = move || {
        println!("using {}", r.0);
        r
    };
    println!("before call");
    let back = finish();
    println!("got back {}", back.0);
    let mut slot = Some(Resource("cache".to_string()));
    let mut take_it = || slot.take();
    let first = take_it();
    let second = take_it();
    println!("{} {}", first.is_some(), second.is_none());
    drop(first);
    println!("end");
}
