// expect: von_mangoldt, prime_pattern
fn von_mangoldt(n: u64) -> f64 {
    if n < 2 {
        return 0.0;
    }
    let mut m = n;
    let mut d = 2;
    while d * d <= m {
        if m % d == 0 {
            while m % d == 0 {
                m /= d;
            }
            return if m == 1 { (d as f64).ln() } else { 0.0 };
        }
        d += 1;
    }
    (n as f64).ln()
}

fn chebyshev_psi(x: u64) -> f64 {
    (2..=x).map(von_mangoldt).sum()
}

fn main() {
    for x in [10, 100, 1000, 10000] {
        println!("psi({}) = {:.4}", x, chebyshev_psi(x));
    }
}
