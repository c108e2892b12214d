// expect: none
#[derive(Debug, PartialEq)]
enum Tok { Num(f64), Op(char), LParen, RParen }

fn lex(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < cs.len() && (cs[i].is_ascii_digit() || cs[i] == '.') { i += 1; }
            out.push(Tok::Num(cs[start..i].iter().collect::<String>().parse().unwrap()));
            continue;
        }
        match c {
            '+' | '-' | '*' | '/' | '%' | '^' => out.push(Tok::Op(c)),
            '(' => out.push(Tok::LParen),
            ')' => out.push(Tok::RParen),
            _ => {}
        }
        i += 1;
    }
    out
}

fn main() {
    println!("{:?}", lex("3 + 4 * (2 - 1) % 5 ^ 2"));
}
