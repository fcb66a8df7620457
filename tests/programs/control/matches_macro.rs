//! The matches! macro with patterns and guards.
#[derive(Debug)]
enum Token {
    Num(i64),
    Op(char),
    LParen,
    RParen,
}

fn main() {
    let toks = [Token::Num(3), Token::Op('+'), Token::LParen, Token::Num(-4), Token::RParen, Token::Op('*')];
    let nums = toks.iter().filter(|t| matches!(t, Token::Num(_))).count();
    let neg = toks.iter().filter(|t| matches!(t, Token::Num(n) if *n < 0)).count();
    let ops = toks.iter().filter(|t| matches!(t, Token::Op('+' | '-'))).count();
    let parens = toks.iter().filter(|t| matches!(t, Token::LParen | Token::RParen)).count();
    println!("{nums} {neg} {ops} {parens}");
    println!("{}", matches!(5, 1..=9));
    println!("{}", matches!('x', 'a'..='f'));
    println!("{:?}", toks.last());
}
