// expect: modular_arithmetic
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(((e.x % m) + m) % m)
}

fn main() {
    let m: BigInt = "170141183460469231731687303715884105727".parse().unwrap();
    let a = BigInt::from(65537);
    let inv = mod_inverse(&a, &m).unwrap();
    println!("inverse = {}", inv);
    let x = a.modpow(&BigInt::from(1_000_000u32), &m);
    println!("a^1e6 mod m = {}", x);
    assert!(!x.is_zero());
}
