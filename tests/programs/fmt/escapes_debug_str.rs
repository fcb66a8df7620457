//! Debug escaping of strings and chars: quotes, backslashes, control and unicode characters.
fn main() {
    println!("{:?}", "plain");
    println!("{:?}", "quote\" and \\ backslash");
    println!("{:?}", "tab\t newline\n return\r nul\0");
    println!("{:?}", "unicode é ✓");
    println!("{:?}", "\u{7f} \u{200b}");
    println!("{:?}", '"');
    println!("{:?}", '\\');
    println!("{:?}", '\t');
    println!("{:?}", "'single'");
    println!("{:?}", ['\'', 'a']);
    println!("{:?}", String::from("owned\n"));
    println!("{}", "display \"raw\"");
}
