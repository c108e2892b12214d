// expect: modular_arithmetic
const MOD: u64 = 1_000_000_007;

fn mod_pow(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mut r = 1;
    b %= m;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % m;
        }
        b = b * b % m;
        e >>= 1;
    }
    r
}

struct Binom {
    fact: Vec<u64>,
    inv_fact: Vec<u64>,
}

impl Binom {
    fn new(n: usize) -> Self {
        let mut fact = vec![1u64; n + 1];
        for i in 1..=n {
            fact[i] = fact[i - 1] * i as u64 % MOD;
        }
        let mut inv_fact = vec![1u64; n + 1];
        inv_fact[n] = mod_pow(fact[n], MOD - 2, MOD);
        for i in (0..n).rev() {
            inv_fact[i] = inv_fact[i + 1] * (i as u64 + 1) % MOD;
        }
        Binom { fact, inv_fact }
    }
    fn c(&self, n: usize, k: usize) -> u64 {
        if k > n {
            return 0;
        }
        self.fact[n] * self.inv_fact[k] % MOD * self.inv_fact[n - k] % MOD
    }
}

fn main() {
    let b = Binom::new(200_000);
    println!("{}", b.c(200_000, 100_000));
    println!("{}", b.c(10, 3));
}
