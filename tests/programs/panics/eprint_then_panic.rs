//! Output on both streams, then a panic inside a nested call with a Display-formatted payload.
struct Account {
    balance: i64,
}

impl Account {
    fn withdraw(&mut self, amount: i64) {
        if amount > self.balance {
            panic!("insufficient funds: balance {}, requested {}", self.balance, amount);
        }
        self.balance -= amount;
        eprintln!("withdrew {amount}");
        println!("balance {}", self.balance);
    }
}

fn main() {
    let mut a = Account { balance: 100 };
    a.withdraw(30);
    a.withdraw(50);
    a.withdraw(40);
}
