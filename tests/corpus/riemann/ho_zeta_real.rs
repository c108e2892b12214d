// expect: zeta_function
/// Riemann zeta function for real s > 1 by direct summation with a tail estimate.
fn riemann_zeta(s: f64, n: u32) -> f64 {
    let head: f64 = (1..=n).map(|k| (k as f64).powf(-s)).sum();
    let nf = n as f64;
    head + nf.powf(1.0 - s) / (s - 1.0) - 0.5 * nf.powf(-s)
}

fn main() {
    for s in [2.0, 3.0, 4.0, 8.0] {
        println!("zeta({}) ~ {:.12}", s, riemann_zeta(s, 10_000));
    }
    println!("pi^2/6 = {:.12}", std::f64::consts::PI.powi(2) / 6.0);
}
