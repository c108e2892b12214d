// expect: prime_counting, prime_pattern
use std::collections::HashMap;

fn small_primes(n: usize) -> Vec<u64> {
    let mut is = vec![true; n + 1];
    let mut out = Vec::new();
    for i in 2..=n {
        if is[i] {
            out.push(i as u64);
            let mut j = i * i;
            while j <= n {
                is[j] = false;
                j += i;
            }
        }
    }
    out
}

fn phi(x: u64, a: usize, primes: &[u64], memo: &mut HashMap<(u64, usize), u64>) -> u64 {
    if a == 0 {
        return x;
    }
    if let Some(&v) = memo.get(&(x, a)) {
        return v;
    }
    let v = phi(x, a - 1, primes, memo) - phi(x / primes[a - 1], a - 1, primes, memo);
    memo.insert((x, a), v);
    v
}

/// Legendre's formula: pi(x) = phi(x, a) + a - 1 with a = pi(sqrt x)
fn prime_pi(x: u64, primes: &[u64]) -> u64 {
    let r = (x as f64).sqrt() as u64;
    let a = primes.iter().take_while(|&&p| p <= r).count();
    let mut memo = HashMap::new();
    phi(x, a, primes, &mut memo) + a as u64 - 1
}

fn main() {
    let primes = small_primes(100_000);
    for e in 1..=9 {
        let x = 10u64.pow(e);
        println!("pi(10^{}) = {}", e, prime_pi(x, &primes));
    }
}
