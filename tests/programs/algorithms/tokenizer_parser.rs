//! A recursive-descent parser for a tiny JSON-like language, with a pretty printer.
#[derive(Debug, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(i64),
    Str(String),
    List(Vec<Value>),
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }
    fn value(&mut self) -> Result<Value, String> {
        self.ws();
        if self.i >= self.s.len() {
            return Err("unexpected end".into());
        }
        if self.eat("null") {
            return Ok(Value::Null);
        }
        if self.eat("true") {
            return Ok(Value::Bool(true));
        }
        if self.eat("false") {
            return Ok(Value::Bool(false));
        }
        match self.s[self.i] {
            b'"' => {
                self.i += 1;
                let start = self.i;
                while self.i < self.s.len() && self.s[self.i] != b'"' {
                    self.i += 1;
                }
                if self.i >= self.s.len() {
                    return Err("unterminated string".into());
                }
                let st = String::from_utf8(self.s[start..self.i].to_vec()).map_err(|_| "utf8")?;
                self.i += 1;
                Ok(Value::Str(st))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.eat("]") {
                        break;
                    }
                    if !items.is_empty() && !self.eat(",") {
                        return Err(format!("expected ',' at {}", self.i));
                    }
                    items.push(self.value()?);
                }
                Ok(Value::List(items))
            }
            b'-' | b'0'..=b'9' => {
                let neg = self.eat("-");
                let mut n: i64 = 0;
                while self.i < self.s.len() && self.s[self.i].is_ascii_digit() {
                    n = n * 10 + (self.s[self.i] - b'0') as i64;
                    self.i += 1;
                }
                Ok(Value::Num(if neg { -n } else { n }))
            }
            c => Err(format!("unexpected '{}' at {}", c as char, self.i)),
        }
    }
}

fn render(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Num(n) => n.to_string(),
        Value::Str(s) => format!("{:?}", s),
        Value::List(items) => format!("[{}]", items.iter().map(render).collect::<Vec<_>>().join(", ")),
    }
}

fn main() {
    for src in ["[1, -2, [true, null], \"hi\"]", "  42 ", "[1 2]", "\"open", "[[], [[]]]", "?"] {
        let mut p = Parser { s: src.as_bytes(), i: 0 };
        match p.value() {
            Ok(v) => println!("{} => {}", src, render(&v)),
            Err(e) => println!("{} => error: {}", src, e),
        }
    }
    let mut p = Parser { s: b"[1,[2]]", i: 0 };
    println!("{:?}", p.value());
}
