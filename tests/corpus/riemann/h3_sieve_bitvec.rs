// expect: prime_pattern
struct Sieve {
    bits: Vec<u64>,
    limit: usize,
}

impl Sieve {
    fn new(limit: usize) -> Self {
        let mut bits = vec![!0u64; limit / 64 + 1];
        let clear = |b: &mut Vec<u64>, i: usize| b[i / 64] &= !(1u64 << (i % 64));
        clear(&mut bits, 0);
        clear(&mut bits, 1);
        let mut i = 2;
        while i * i <= limit {
            if bits[i / 64] >> (i % 64) & 1 == 1 {
                let mut j = i * i;
                while j <= limit {
                    clear(&mut bits, j);
                    j += i;
                }
            }
            i += 1;
        }
        Sieve { bits, limit }
    }

    fn is_prime(&self, n: usize) -> bool {
        n <= self.limit && self.bits[n / 64] >> (n % 64) & 1 == 1
    }

    fn primes(&self) -> impl Iterator<Item = usize> + '_ {
        (2..=self.limit).filter(move |&n| self.is_prime(n))
    }
}

fn main() {
    let s = Sieve::new(1000);
    let twins: Vec<(usize, usize)> = s
        .primes()
        .filter(|&p| s.is_prime(p + 2))
        .map(|p| (p, p + 2))
        .collect();
    println!("{:?}", twins);
}
