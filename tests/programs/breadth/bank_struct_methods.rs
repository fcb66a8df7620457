use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Tx { Deposit(u64), Withdraw(u64), Transfer { to: u32, amount: u64 } }

#[derive(Debug)]
enum BankError { Insufficient { need: u64, have: u64 }, NoAccount(u32) }

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Insufficient { need, have } => write!(f, "insufficient funds: need {} have {}", need, have),
            BankError::NoAccount(id) => write!(f, "no account #{}", id),
        }
    }
}

#[derive(Default)]
struct Bank { accounts: HashMap<u32, u64>, log: Vec<(u32, Tx)> }

impl Bank {
    fn open(&mut self, id: u32, initial: u64) { self.accounts.insert(id, initial); }
    fn apply(&mut self, id: u32, tx: Tx) -> Result<u64, BankError> {
        let bal = *self.accounts.get(&id).ok_or(BankError::NoAccount(id))?;
        let new = match &tx {
            Tx::Deposit(a) => bal + a,
            Tx::Withdraw(a) | Tx::Transfer { amount: a, .. } => {
                if *a > bal { return Err(BankError::Insufficient { need: *a, have: bal }); }
                bal - a
            }
        };
        if let Tx::Transfer { to, amount } = tx {
            let dest = self.accounts.get_mut(&to).ok_or(BankError::NoAccount(to))?;
            *dest += amount;
        }
        self.accounts.insert(id, new);
        self.log.push((id, tx));
        Ok(new)
    }
    fn report(&self) -> String {
        let mut ids: Vec<_> = self.accounts.keys().collect();
        ids.sort();
        ids.iter().map(|id| format!("#{}:{}", id, self.accounts[id])).collect::<Vec<_>>().join(" ")
    }
}

fn main() {
    let mut bank = Bank::default();
    bank.open(1, 100);
    bank.open(2, 50);
    let ops = vec![(1, Tx::Deposit(25)), (2, Tx::Withdraw(80)), (1, Tx::Transfer { to: 2, amount: 60 }), (3, Tx::Deposit(1)), (2, Tx::Transfer { to: 9, amount: 10 }), (2, Tx::Withdraw(110))];
    for (id, tx) in ops {
        let desc = format!("{:?}", tx);
        match bank.apply(id, tx) {
            Ok(b) => println!("{:<35} ok  -> {}", desc, b),
            Err(e) => println!("{:<35} err -> {}", desc, e),
        }
    }
    println!("{}", bank.report());
    println!("{} logged, deposits: {}", bank.log.len(), bank.log.iter().filter(|(_, t)| matches!(t, Tx::Deposit(_))).count());
    println!("{:?}", bank.log.last());
}
