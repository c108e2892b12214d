// expect: critical_line, zeta_function
use num_complex::Complex64;

fn zeta_eta(s: Complex64, terms: usize) -> Complex64 {
    let mut eta = Complex64::new(0.0, 0.0);
    for n in 1..=terms {
        let term = Complex64::new(n as f64, 0.0).powc(-s);
        if n % 2 == 1 { eta += term } else { eta -= term }
    }
    let two = Complex64::new(2.0, 0.0);
    eta / (Complex64::new(1.0, 0.0) - two.powc(Complex64::new(1.0, 0.0) - s))
}

fn main() {
    let mut t = 0.0;
    while t <= 30.0 {
        let s = Complex64::new(0.5, t);
        let z = zeta_eta(s, 50_000);
        println!("t = {:5.2}  |ζ(1/2+it)| = {:.6}", t, z.norm());
        t += 0.25;
    }
}
