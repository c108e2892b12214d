// expect: prime_pattern
// Project Euler 10: sum of all primes below two million.
fn main() {
    const LIMIT: usize = 2_000_000;
    let mut sieve = vec![true; LIMIT];
    sieve[0] = false;
    sieve[1] = false;
    let mut i = 2;
    while i * i < LIMIT {
        if sieve[i] {
            sieve[i * i..].iter_mut().step_by(i).for_each(|c| *c = false);
        }
        i += 1;
    }
    let total: u64 = sieve
        .iter()
        .enumerate()
        .filter_map(|(n, &p)| if p { Some(n as u64) } else { None })
        .sum();
    println!("{}", total);
}
