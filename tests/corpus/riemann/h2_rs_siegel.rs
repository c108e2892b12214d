// expect: riemann_siegel
use std::f64::consts::PI;

struct RiemannSiegel;

impl RiemannSiegel {
    fn theta(t: f64) -> f64 {
        0.5 * t * (t / (2.0 * PI)).ln() - 0.5 * t - PI / 8.0 + 1.0 / (48.0 * t) + 7.0 / (5760.0 * t.powi(3))
    }

    fn z(t: f64) -> f64 {
        let tau = (t / (2.0 * PI)).sqrt();
        let n = tau.floor() as u64;
        let th = Self::theta(t);
        let main: f64 = (1..=n).map(|k| (th - t * (k as f64).ln()).cos() / (k as f64).sqrt()).sum();
        let frac = tau - n as f64;
        let c0 = (2.0 * PI * (frac * frac - frac - 1.0 / 16.0)).cos() / (2.0 * PI * frac).cos();
        let sign = if n % 2 == 1 { 1.0 } else { -1.0 };
        2.0 * main + sign * tau.powf(-0.5) * c0
    }
}

fn main() {
    let mut t = 100.0;
    while t <= 110.0 {
        println!("Z({:.2}) = {:+.6}", t, RiemannSiegel::z(t));
        t += 0.25;
    }
}
