// expect: riemann_siegel, zeta_zeros
use std::f64::consts::PI;

fn theta(t: f64) -> f64 {
    t / 2.0 * (t / (2.0 * PI)).ln() - t / 2.0 - PI / 8.0 + 1.0 / (48.0 * t) + 7.0 / (5760.0 * t.powi(3))
}

fn z(t: f64) -> f64 {
    let a = (t / (2.0 * PI)).sqrt();
    let n = a.floor() as usize;
    let th = theta(t);
    let main: f64 = (1..=n).map(|k| (th - t * (k as f64).ln()).cos() / (k as f64).sqrt()).sum();
    let p = a - n as f64;
    let c0 = (2.0 * PI * (p * p - p - 1.0 / 16.0)).cos() / (2.0 * PI * p).cos();
    let sign = if (n - 1) % 2 == 0 { 1.0 } else { -1.0 };
    2.0 * main + sign * c0 / a.sqrt()
}

fn refine(mut lo: f64, mut hi: f64) -> f64 {
    for _ in 0..50 {
        let mid = 0.5 * (lo + hi);
        if z(lo).signum() == z(mid).signum() { lo = mid } else { hi = mid }
    }
    0.5 * (lo + hi)
}

fn main() {
    let grid: Vec<f64> = (0..5000).map(|i| 10.0 + i as f64 * 0.02).collect();
    let zeros: Vec<f64> = grid
        .windows(2)
        .filter(|w| z(w[0]) * z(w[1]) < 0.0)
        .map(|w| refine(w[0], w[1]))
        .collect();
    for (i, g) in zeros.iter().enumerate() {
        println!("zero #{}: 1/2 + {:.6}i", i + 1, g);
    }
}
