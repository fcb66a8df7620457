//! main returning Err prints "Error: ..." (Debug) to stderr and exits with code 1.
#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
}

fn load(key: &'static str) -> Result<u32, ConfigError> {
    match key {
        "port" => Ok(8080),
        _ => Err(ConfigError::Missing(key)),
    }
}

fn main() -> Result<(), ConfigError> {
    println!("port {}", load("port")?);
    println!("host {}", load("host")?);
    Ok(())
}
