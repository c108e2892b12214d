// expect: euler_product, prime_pattern, zeta_function
fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn zeta_partial(s: f64, terms: u64) -> f64 {
    (1..=terms).map(|n| (n as f64).powf(-s)).sum()
}

fn euler_product(s: f64, bound: u64) -> f64 {
    (2..bound)
        .filter(|&n| is_prime(n))
        .map(|p| 1.0 / (1.0 - (p as f64).powf(-s)))
        .product()
}

fn main() {
    for &s in &[2.0_f64, 2.5, 3.0, 4.0] {
        let prod = euler_product(s, 20_000);
        let sum = zeta_partial(s, 1_000_000);
        println!("s = {:.1}: product {:.10}, sum {:.10}, diff {:.2e}", s, prod, sum, (prod - sum).abs());
    }
}
