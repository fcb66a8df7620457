#[derive(Debug)]
struct Parser<'a> { input: &'a str, pos: usize }

#[derive(Debug, PartialEq, Clone)]
enum Tok<'a> { Num(f64), Ident(&'a str), Op(char), LParen, RParen }

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Self { Parser { input, pos: 0 } }
    fn next_tok(&mut self) -> Option<Tok<'a>> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        let c = trimmed.chars().next()?;
        if c.is_ascii_digit() || c == '.' {
            let end = trimmed.find(|ch: char| !(ch.is_ascii_digit() || ch == '.')).unwrap_or(trimmed.len());
            self.pos += end;
            return Some(Tok::Num(trimmed[..end].parse().unwrap()));
        }
        if c.is_alphabetic() {
            let end = trimmed.find(|ch: char| !ch.is_alphanumeric()).unwrap_or(trimmed.len());
            self.pos += end;
            return Some(Tok::Ident(&trimmed[..end]));
        }
        self.pos += c.len_utf8();
        Some(match c { '(' => Tok::LParen, ')' => Tok::RParen, o => Tok::Op(o) })
    }
}

impl<'a> Iterator for Parser<'a> { type Item = Tok<'a>; fn next(&mut self) -> Option<Tok<'a>> { self.next_tok() } }

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() >= b.len() { a } else { b } }

struct Highlighter<'t> { words: Vec<&'t str> }
impl<'t> Highlighter<'t> {
    fn mark(&self, text: &str) -> String {
        text.split(' ').map(|w| if self.words.contains(&w) { format!("*{}*", w) } else { w.to_string() }).collect::<Vec<_>>().join(" ")
    }
}

// recursive descent evaluator
fn expr(t: &[Tok], i: &mut usize) -> f64 {
    let mut v = term(t, i);
    while let Some(Tok::Op(o @ ('+' | '-'))) = t.get(*i) { *i += 1; let r = term(t, i); if *o == '+' { v += r } else { v -= r } }
    v
}
fn term(t: &[Tok], i: &mut usize) -> f64 {
    let mut v = atom(t, i);
    while let Some(Tok::Op(o @ ('*' | '/'))) = t.get(*i) { *i += 1; let r = atom(t, i); if *o == '*' { v *= r } else { v /= r } }
    v
}
fn atom(t: &[Tok], i: &mut usize) -> f64 {
    let tok = t[*i].clone(); *i += 1;
    match tok { Tok::Num(n) => n, Tok::LParen => { let v = expr(t, i); *i += 1; v }, Tok::Op('-') => -atom(t, i), Tok::Ident(_) => 1.0, _ => f64::NAN }
}

fn main() {
    let toks: Vec<Tok> = Parser::new("3 + foo*(2.5 - x1) / 4").collect();
    println!("{:?}", toks);
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * (3 + (4 - 1)) / 0.5"] {
        let t: Vec<Tok> = Parser::new(src).collect();
        let mut i = 0;
        println!("{} = {}", src, expr(&t, &mut i));
    }
    let s1 = String::from("hello there");
    let res;
    { let s2 = "hi"; res = longest(&s1, s2); }
    println!("{}", res);
    let h = Highlighter { words: vec!["fox", "dog"] };
    println!("{}", h.mark("the fox saw a dog"));
    let p = Parser::new("x");
    println!("{:?}", p);
}
