// expect: von_mangoldt, prime_pattern
fn least_prime_factors(n: usize) -> Vec<usize> {
    let mut lpf = vec![0usize; n + 1];
    for i in 2..=n {
        if lpf[i] == 0 {
            for j in (i..=n).step_by(i) {
                if lpf[j] == 0 {
                    lpf[j] = i;
                }
            }
        }
    }
    lpf
}

fn main() {
    let n = 1_000_000;
    let lpf = least_prime_factors(n);
    let lambda = |k: usize| -> f64 {
        if k < 2 {
            return 0.0;
        }
        let p = lpf[k];
        let mut m = k;
        while m % p == 0 {
            m /= p;
        }
        if m == 1 { (p as f64).ln() } else { 0.0 }
    };
    let mut psi = 0.0;
    for k in 1..=n {
        psi += lambda(k);
        if k.is_power_of_two() {
            println!("psi({}) = {:.3} ratio {:.5}", k, psi, psi / k as f64);
        }
    }
}
