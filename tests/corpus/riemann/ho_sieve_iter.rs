// expect: prime_pattern
fn primes_up_to(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut p = 2;
    while p * p <= limit {
        if is_prime[p] {
            (p * p..=limit).step_by(p).for_each(|m| is_prime[m] = false);
        }
        p += 1;
    }
    is_prime
        .iter()
        .enumerate()
        .filter_map(|(i, &b)| if b { Some(i) } else { None })
        .collect()
}

fn main() {
    let ps = primes_up_to(120);
    println!("{:?}", ps);
}
