// expect: prime_pattern
fn primes_below(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n];
    is_prime[0] = false;
    if n > 1 {
        is_prime[1] = false;
    }
    (2..)
        .take_while(|i| i * i < n)
        .for_each(|i| {
            if is_prime[i] {
                (i * i..n).step_by(i).for_each(|j| is_prime[j] = false);
            }
        });
    is_prime
        .iter()
        .enumerate()
        .filter_map(|(i, &p)| if p { Some(i) } else { None })
        .collect()
}

fn main() {
    let ps = primes_below(2_000_000);
    let total: u64 = ps.iter().map(|&p| p as u64).sum();
    println!("{} primes, sum {}", ps.len(), total);
    println!("twin pairs: {}", ps.windows(2).filter(|w| w[1] - w[0] == 2).count());
}
