//! A stack-based calculator: tokenizer, shunting-yard to RPN, and RPN evaluation with errors.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut n = 0i64;
            while i < chars.len() && chars[i].is_ascii_digit() {
                n = n * 10 + chars[i].to_digit(10).unwrap() as i64;
                i += 1;
            }
            out.push(Tok::Num(n));
            continue;
        }
        match c {
            '+' | '-' | '*' | '/' => out.push(Tok::Op(c)),
            '(' => out.push(Tok::LParen),
            ')' => out.push(Tok::RParen),
            ' ' => {}
            _ => return Err(format!("unexpected '{c}' at {i}")),
        }
        i += 1;
    }
    Ok(out)
}

fn prec(op: char) -> u8 {
    if op == '+' || op == '-' { 1 } else { 2 }
}

fn to_rpn(toks: Vec<Tok>) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut ops: Vec<Tok> = Vec::new();
    for t in toks {
        match t {
            Tok::Num(_) => out.push(t),
            Tok::Op(o) => {
                while let Some(Tok::Op(top)) = ops.last() {
                    if prec(*top) >= prec(o) {
                        out.push(ops.pop().unwrap());
                    } else {
                        break;
                    }
                }
                ops.push(Tok::Op(o));
            }
            Tok::LParen => ops.push(t),
            Tok::RParen => loop {
                match ops.pop() {
                    Some(Tok::LParen) => break,
                    Some(x) => out.push(x),
                    None => return Err("unbalanced ')'".to_string()),
                }
            },
        }
    }
    while let Some(t) = ops.pop() {
        if t == Tok::LParen {
            return Err("unbalanced '('".to_string());
        }
        out.push(t);
    }
    Ok(out)
}

fn eval(rpn: &[Tok]) -> Result<i64, String> {
    let mut st: Vec<i64> = Vec::new();
    for t in rpn {
        match t {
            Tok::Num(n) => st.push(*n),
            Tok::Op(o) => {
                let b = st.pop().ok_or("stack underflow")?;
                let a = st.pop().ok_or("stack underflow")?;
                st.push(match o {
                    '+' => a + b,
                    '-' => a - b,
                    '*' => a * b,
                    '/' => a.checked_div(b).ok_or("division by zero")?,
                    _ => unreachable!(),
                });
            }
            _ => return Err("paren in rpn".to_string()),
        }
    }
    if st.len() == 1 { Ok(st[0]) } else { Err(format!("{} values left", st.len())) }
}

fn calc(s: &str) -> Result<i64, String> {
    eval(&to_rpn(tokenize(s)?)?)
}

fn main() {
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "100 / (4 - 4)", "2 * (3 + 4) * 5 - 6 / 2", "(1 + 2", "7 $ 3", "1 2", "42"] {
        match calc(e) {
            Ok(v) => println!("{e} = {v}"),
            Err(msg) => println!("{e}: error: {msg}"),
        }
    }
}
