// expect: prime_pattern
fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let primes: Vec<u64> = (0..100).filter(|&n| is_prime(n)).collect();
    println!("{:?}", primes);
}
