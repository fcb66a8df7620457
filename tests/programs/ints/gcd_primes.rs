//! Number theory: gcd, lcm, a prime sieve, modular exponentiation.
fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn mod_pow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    result
}

fn main() {
    println!("{}", gcd(462, 1071));
    println!("{}", lcm(21, 6));
    let n = 100;
    let mut sieve = [true; 101];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i <= n {
        if sieve[i] {
            let mut j = i * i;
            while j <= n {
                sieve[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut count = 0;
    for (k, is_prime) in sieve.iter().enumerate() {
        if *is_prime {
            print!("{k} ");
            count += 1;
        }
    }
    println!();
    println!("{count} primes");
    println!("{}", mod_pow(2, 100, 1_000_000_007));
    println!("{}", mod_pow(7, 12345, 13));
}
