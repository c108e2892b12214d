// expect: zeta_function
fn zeta(s: f64, terms: u64) -> f64 {
    let head: f64 = (1..terms).map(|n| (n as f64).powf(-s)).sum();
    // Euler-Maclaurin tail correction
    let n = terms as f64;
    head + n.powf(1.0 - s) / (s - 1.0) + 0.5 * n.powf(-s) + s * n.powf(-s - 1.0) / 12.0
}

fn main() {
    for s in [2.0, 3.0, 4.0, 6.0, 1.5] {
        println!("zeta({}) = {:.15}", s, zeta(s, 1000));
    }
    println!("pi^2/6 = {:.15}", std::f64::consts::PI.powi(2) / 6.0);
}
