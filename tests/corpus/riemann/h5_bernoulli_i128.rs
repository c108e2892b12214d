// expect: bernoulli_numbers, zeta_function
use std::f64::consts::PI;

#[derive(Clone, Copy, Debug)]
struct Q(i128, i128);

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Q {
    fn norm(self) -> Q {
        let g = gcd(self.0, self.1).max(1);
        let s = if self.1 < 0 { -1 } else { 1 };
        Q(s * self.0 / g, s * self.1 / g)
    }
    fn add(self, o: Q) -> Q { Q(self.0 * o.1 + o.0 * self.1, self.1 * o.1).norm() }
    fn scale(self, k: i128) -> Q { Q(self.0 * k, self.1).norm() }
    fn div_int(self, k: i128) -> Q { Q(self.0, self.1 * k).norm() }
    fn to_f64(self) -> f64 { self.0 as f64 / self.1 as f64 }
}

fn binom(n: i128, k: i128) -> i128 {
    (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
}

// sum_{k=0}^{m} C(m+1, k) B_k = 0
fn bernoulli(n: usize) -> Vec<Q> {
    let mut b = vec![Q(1, 1)];
    for m in 1..=n {
        let s = (0..m).fold(Q(0, 1), |acc, k| acc.add(b[k].scale(binom(m as i128 + 1, k as i128))));
        b.push(s.scale(-1).div_int(m as i128 + 1));
    }
    b
}

fn main() {
    let b = bernoulli(24);
    for k in 1..=6 {
        let b2k = b[2 * k];
        let fact: f64 = (1..=2 * k).map(|i| i as f64).product();
        let sign = if k % 2 == 1 { 1.0 } else { -1.0 };
        let zeta = sign * b2k.to_f64() * (2.0 * PI).powi(2 * k as i32) / (2.0 * fact);
        println!("B_{} = {}/{}   zeta({}) = {:.15}", 2 * k, b2k.0, b2k.1, 2 * k, zeta);
    }
}
