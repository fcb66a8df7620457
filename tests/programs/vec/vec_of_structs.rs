//! A Vec of structs: a small to-do list with updates and filtering.
#[derive(Debug, Clone)]
struct Todo {
    id: u32,
    title: String,
    done: bool,
}

fn main() {
    let mut todos: Vec<Todo> = Vec::new();
    for (i, t) in ["write tests", "fix bug", "review", "ship"].iter().enumerate() {
        todos.push(Todo { id: i as u32 + 1, title: t.to_string(), done: false });
    }
    for t in todos.iter_mut().filter(|t| t.id % 2 == 0) {
        t.done = true;
    }
    if let Some(t) = todos.iter_mut().find(|t| t.title == "ship") {
        t.title.push_str(" v1.0");
    }
    for t in &todos {
        println!("[{}] {} {}", if t.done { 'x' } else { ' ' }, t.id, t.title);
    }
    let open: Vec<&Todo> = todos.iter().filter(|t| !t.done).collect();
    println!("{} open: {:?}", open.len(), open.iter().map(|t| t.id).collect::<Vec<_>>());
    todos.retain(|t| !t.done);
    println!("{:?}", todos);
}
