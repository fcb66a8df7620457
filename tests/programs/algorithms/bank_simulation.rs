//! A small bank simulation: accounts, transactions with validation, and an audit log.
#[derive(Debug)]
enum Tx {
    Deposit { acct: usize, amount: u64 },
    Withdraw { acct: usize, amount: u64 },
    Transfer { from: usize, to: usize, amount: u64 },
}

#[derive(Debug, PartialEq)]
enum TxError {
    NoSuchAccount(usize),
    Insufficient { acct: usize, balance: u64, needed: u64 },
    SameAccount,
}

struct Bank {
    balances: Vec<u64>,
    log: Vec<String>,
}

impl Bank {
    fn check(&self, a: usize) -> Result<(), TxError> {
        if a < self.balances.len() { Ok(()) } else { Err(TxError::NoSuchAccount(a)) }
    }

    fn apply(&mut self, tx: &Tx) -> Result<(), TxError> {
        match *tx {
            Tx::Deposit { acct, amount } => {
                self.check(acct)?;
                self.balances[acct] += amount;
            }
            Tx::Withdraw { acct, amount } => {
                self.check(acct)?;
                let b = self.balances[acct];
                if b < amount {
                    return Err(TxError::Insufficient { acct, balance: b, needed: amount });
                }
                self.balances[acct] = b - amount;
            }
            Tx::Transfer { from, to, amount } => {
                if from == to {
                    return Err(TxError::SameAccount);
                }
                self.check(to)?;
                self.apply(&Tx::Withdraw { acct: from, amount })?;
                self.balances[to] += amount;
            }
        }
        self.log.push(format!("{:?}", tx));
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { balances: vec![100, 50, 0], log: Vec::new() };
    let txs = [
        Tx::Deposit { acct: 2, amount: 25 },
        Tx::Withdraw { acct: 1, amount: 80 },
        Tx::Transfer { from: 0, to: 1, amount: 60 },
        Tx::Transfer { from: 1, to: 1, amount: 1 },
        Tx::Deposit { acct: 9, amount: 1 },
        Tx::Transfer { from: 1, to: 2, amount: 110 },
    ];
    for tx in &txs {
        match bank.apply(tx) {
            Ok(()) => println!("ok    {:?}", tx),
            Err(e) => println!("error {:?}", e),
        }
    }
    println!("{:?}", bank.balances);
    println!("{} logged, total {}", bank.log.len(), bank.balances.iter().sum::<u64>());
}
