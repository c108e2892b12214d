// expect: bernoulli_numbers
use num_rational::BigRational;
use num_bigint::BigInt;
use num_traits::{Zero, One};

fn binomial(n: usize, k: usize) -> BigInt {
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * BigInt::from(n - i) / BigInt::from(i + 1);
    }
    r
}

/// B_0..B_n from sum_{k=0}^{m} C(m+1, k) B_k = 0
fn bernoulli(n: usize) -> Vec<BigRational> {
    let mut b: Vec<BigRational> = vec![BigRational::one()];
    for m in 1..=n {
        let mut s = BigRational::zero();
        for k in 0..m {
            s += BigRational::from_integer(binomial(m + 1, k)) * &b[k];
        }
        b.push(-s / BigRational::from_integer(BigInt::from(m + 1)));
    }
    b
}

fn main() {
    for (i, v) in bernoulli(24).iter().enumerate() {
        if !v.is_zero() {
            println!("B{} = {}", i, v);
        }
    }
}
