//! A turnstile state machine driven by a sequence of events.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Locked,
    Unlocked,
    Broken,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Coin,
    Push,
    Kick,
    Repair,
}

fn step(s: State, e: Event) -> State {
    match (s, e) {
        (State::Locked, Event::Coin) => State::Unlocked,
        (State::Unlocked, Event::Push) => State::Locked,
        (_, Event::Kick) => State::Broken,
        (State::Broken, Event::Repair) => State::Locked,
        (s, _) => s,
    }
}

fn main() {
    let events = [Event::Push, Event::Coin, Event::Coin, Event::Push, Event::Kick, Event::Coin, Event::Repair];
    let mut s = State::Locked;
    let mut coins = 0;
    for e in events {
        let next = step(s, e);
        if let Event::Coin = e {
            coins += 1;
        }
        println!("{:?} --{:?}--> {:?}", s, e, next);
        s = next;
    }
    println!("final {:?}, coins {coins}, locked: {}", s, s == State::Locked);
}
