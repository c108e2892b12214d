// expect: prime_counting, prime_pattern
use primal::Sieve;

fn main() {
    let limit = 10_000_000;
    let sieve = Sieve::new(limit);
    let mut x = 10;
    while x <= limit {
        let pi = sieve.prime_pi(x);
        let approx = x as f64 / (x as f64).ln();
        println!("pi({}) = {} (x/ln x = {:.0})", x, pi, approx);
        x *= 10;
    }
    println!("is 999983 prime? {}", sieve.is_prime(999_983));
}
