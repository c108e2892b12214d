// expect: bernoulli_numbers, zeta_function
use std::f64::consts::PI;

/// Bernoulli numbers B_0..B_n as f64 from the recurrence sum_{k<m+1} C(m+1,k) B_k = 0.
fn bernoulli(n: usize) -> Vec<f64> {
    let mut b = vec![0.0f64; n + 1];
    b[0] = 1.0;
    for m in 1..=n {
        let mut c = 1.0; // C(m+1, 0)
        let mut s = 0.0;
        for k in 0..m {
            s += c * b[k];
            c = c * (m + 1 - k) as f64 / (k + 1) as f64;
        }
        b[m] = -s / (m + 1) as f64;
    }
    b
}

fn main() {
    let b = bernoulli(30);
    let mut fact = 1.0f64;
    for k in 1..=15 {
        fact *= ((2 * k - 1) * (2 * k)) as f64;
        let z = (-1f64).powi(k as i32 + 1) * b[2 * k] * (2.0 * PI).powi(2 * k as i32) / (2.0 * fact);
        println!("zeta({:2}) = {:.15}   B_{} = {:e}", 2 * k, z, 2 * k, b[2 * k]);
    }
}
