//! Building text: word wrapping and a simple table renderer.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + w.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn main() {
    let text = "borrowscope runs Rust programs in an abstract machine and reports undefined behaviour precisely";
    for l in wrap(text, 24) {
        println!("|{:<24}|", l);
    }
    let rows = [("name", "qty"), ("apple", "3"), ("kiwi", "12")];
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap();
    let w1 = rows.iter().map(|r| r.1.len()).max().unwrap();
    let sep = format!("+{}+{}+", "-".repeat(w0 + 2), "-".repeat(w1 + 2));
    println!("{sep}");
    for (a, b) in rows {
        println!("| {:<w0$} | {:>w1$} |", a, b);
    }
    println!("{sep}");
}
