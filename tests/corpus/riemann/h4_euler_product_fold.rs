// expect: euler_product, prime_pattern
fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn euler_product(s: f64, limit: u64) -> f64 {
    (2..=limit)
        .filter(|&n| is_prime(n))
        .map(|p| 1.0 / (1.0 - (p as f64).powf(-s)))
        .product()
}

fn main() {
    for &s in &[2.0, 3.0, 4.0] {
        println!("s = {}: product over p <= 10^5 = {:.12}", s, euler_product(s, 100_000));
    }
}
