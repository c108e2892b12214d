// expect: logarithmic_integral, mobius_function, prime_pattern, prime_counting
// Riemann's R(x) = sum_{n>=1} mu(n)/n * li(x^(1/n)), with li from Ramanujan's series.
const EULER_GAMMA: f64 = 0.577_215_664_901_532_9;

fn li(x: f64) -> f64 {
    let ln = x.ln();
    let mut sum = 0.0;
    let mut fact_pow = 1.0; // (ln x)^n / (n! 2^(n-1))
    let mut inner = 0.0;
    for n in 1..100 {
        fact_pow *= ln / n as f64;
        if n > 1 {
            fact_pow /= 2.0;
        }
        if (n - 1) % 2 == 0 {
            inner += 1.0 / (2 * ((n - 1) / 2) + 1) as f64;
        }
        let sign = if (n - 1) % 2 == 0 { 1.0 } else { -1.0 };
        sum += sign * fact_pow * inner;
    }
    EULER_GAMMA + ln.ln() + x.sqrt() * sum
}

fn mobius(mut n: u64) -> i32 {
    let mut result = 1;
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            n /= d;
            if n % d == 0 {
                return 0;
            }
            result = -result;
        }
        d += 1;
    }
    if n > 1 {
        result = -result;
    }
    result
}

fn riemann_r(x: f64) -> f64 {
    (1..60u64)
        .filter_map(|n| {
            let m = mobius(n);
            let y = x.powf(1.0 / n as f64);
            if m == 0 || y < 2.0 { None } else { Some(m as f64 / n as f64 * li(y)) }
        })
        .sum::<f64>()
        + 0.0
}

fn main() {
    for k in 2..=9 {
        let x = 10f64.powi(k);
        println!("x=1e{}  li(x)={:.1}  R(x)={:.1}", k, li(x), riemann_r(x));
    }
}
