// expect: modular_arithmetic
const MOD: u64 = 998_244_353;

fn mod_pow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut acc: u128 = 1;
    let mut b = (base % m) as u128;
    let m128 = m as u128;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc * b % m128;
        }
        b = b * b % m128;
        exp >>= 1;
    }
    base = acc as u64;
    base
}

fn mod_inv(a: u64) -> u64 {
    mod_pow(a, MOD - 2, MOD)
}

fn main() {
    let mut fact = vec![1u64; 21];
    for i in 1..=20 {
        fact[i] = fact[i - 1] * i as u64 % MOD;
    }
    let inv20 = mod_inv(fact[20]);
    println!("20! mod p = {}, inverse = {}, check = {}", fact[20], inv20, fact[20] * inv20 % MOD);
}
