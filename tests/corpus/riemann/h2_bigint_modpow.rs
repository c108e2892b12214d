// expect: modular_arithmetic
use num_bigint::BigUint;
use num_traits::One;

fn main() {
    let p = BigUint::parse_bytes(b"170141183460469231731687303715884105727", 10).unwrap();
    let g = BigUint::from(5u32);
    let secret_a = BigUint::from(123_456_789u64);
    let secret_b = BigUint::from(987_654_321u64);
    let pub_a = g.modpow(&secret_a, &p);
    let pub_b = g.modpow(&secret_b, &p);
    let k1 = pub_b.modpow(&secret_a, &p);
    let k2 = pub_a.modpow(&secret_b, &p);
    assert_eq!(k1, k2);
    // Fermat inverse: a^(p-2) mod p
    let inv = pub_a.modpow(&(&p - BigUint::from(2u32)), &p);
    assert!((&inv * &pub_a) % &p == BigUint::one());
    println!("{}", k1);
}
