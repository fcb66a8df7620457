//! A tiny bytecode virtual machine: instructions, a stack, jumps and a loop computing factorials.
#[derive(Debug, Clone, Copy)]
enum Op {
    Push(i64),
    Load(usize),
    Store(usize),
    Add,
    Mul,
    Sub,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

fn run(code: &[Op], out: &mut Vec<i64>) -> Result<usize, String> {
    let mut stack: Vec<i64> = Vec::new();
    let mut vars = [0i64; 4];
    let mut pc = 0;
    let mut steps = 0;
    loop {
        steps += 1;
        let op = *code.get(pc).ok_or(format!("pc {pc} out of range"))?;
        pc += 1;
        match op {
            Op::Push(v) => stack.push(v),
            Op::Load(i) => stack.push(vars[i]),
            Op::Store(i) => vars[i] = stack.pop().ok_or("empty stack")?,
            Op::Add | Op::Mul | Op::Sub => {
                let b = stack.pop().ok_or("empty stack")?;
                let a = stack.pop().ok_or("empty stack")?;
                stack.push(match op {
                    Op::Add => a + b,
                    Op::Mul => a * b,
                    _ => a - b,
                });
            }
            Op::JumpIfZero(t) => {
                if stack.pop().ok_or("empty stack")? == 0 {
                    pc = t;
                }
            }
            Op::Jump(t) => pc = t,
            Op::Print => out.push(*stack.last().ok_or("empty stack")?),
            Op::Halt => return Ok(steps),
        }
    }
}

fn main() {
    // vars[0] = n, vars[1] = acc
    let code = [
        Op::Push(10),
        Op::Store(0),
        Op::Push(1),
        Op::Store(1),
        Op::Load(0), // 4
        Op::JumpIfZero(16),
        Op::Load(1),
        Op::Load(0),
        Op::Mul,
        Op::Print,
        Op::Store(1),
        Op::Load(0),
        Op::Push(1),
        Op::Sub,
        Op::Store(0),
        Op::Jump(4), // 15
        Op::Halt,    // 16
    ];
    let mut out = Vec::new();
    match run(&code, &mut out) {
        Ok(steps) => println!("halted after {steps} steps"),
        Err(e) => println!("error: {e}"),
    }
    println!("{:?}", out);
    let bad = [Op::Push(1), Op::Add];
    println!("{:?}", run(&bad, &mut out));
}
