struct Account { balance: i64, history: Vec<i64> }

impl Account {
    fn withdraw(&mut self, amount: i64) {
        self.balance -= amount;
        self.history.push(-amount);
        assert!(self.balance >= 0 && !self.history.is_empty());
    }
}

fn main() {
    let mut acc = Account { balance: 100, history: vec![] };
    for amt in [30, 50, 40] {
        println!("withdraw {}", amt);
        acc.withdraw(amt);
        println!("balance {} after {:?}", acc.balance, acc.history);
    }
}
