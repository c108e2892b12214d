// expect: zeta_function
/// Riemann zeta at real s > 1: partial sum plus an integral tail estimate.
fn zeta(s: f64, n: u32) -> f64 {
    let partial: f64 = (1..n).map(|k| (k as f64).powf(-s)).sum();
    let nf = n as f64;
    let tail = nf.powf(1.0 - s) / (s - 1.0) + 0.5 * nf.powf(-s) + s / 12.0 * nf.powf(-s - 1.0);
    partial + tail
}

fn main() {
    let apery = zeta(3.0, 1000);
    println!("zeta(2) = {:.15}", zeta(2.0, 1000));
    println!("pi^2/6  = {:.15}", std::f64::consts::PI.powi(2) / 6.0);
    println!("zeta(3) = {:.15} (Apery's constant)", apery);
    for s in [1.1, 1.5, 2.5, 4.0, 8.0] {
        println!("zeta({}) = {:.12}", s, zeta(s, 500));
    }
}
