//! Reaching todo!() panics with "not yet implemented".
fn parse_header(line: &str) -> (String, String) {
    match line.split_once(':') {
        Some((k, v)) => (k.trim().to_string(), v.trim().to_string()),
        None => todo!(),
    }
}

fn main() {
    println!("{:?}", parse_header("Host: example"));
    println!("{:?}", parse_header("garbage"));
}
