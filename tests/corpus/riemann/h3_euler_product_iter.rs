// expect: euler_product, prime_pattern
fn primes(limit: usize) -> Vec<u64> {
    let mut sieve = vec![true; limit + 1];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i <= limit {
        if sieve[i] {
            (i * i..=limit).step_by(i).for_each(|j| sieve[j] = false);
        }
        i += 1;
    }
    sieve.iter().enumerate().filter(|(_, &p)| p).map(|(n, _)| n as u64).collect()
}

fn main() {
    let ps = primes(50_000);
    for s in [2.0_f64, 3.0, 4.0] {
        let product: f64 = ps.iter().map(|&p| 1.0 / (1.0 - (p as f64).powf(-s))).product();
        println!("s = {s}: Euler product over primes = {product:.12}");
    }
}
