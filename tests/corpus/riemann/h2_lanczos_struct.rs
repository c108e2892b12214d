// expect: gamma_function
pub struct Lanczos {
    g: f64,
    coeffs: [f64; 9],
}

impl Lanczos {
    pub fn new() -> Self {
        Lanczos {
            g: 7.0,
            coeffs: [
                0.99999999999980993, 676.5203681218851, -1259.1392167224028,
                771.32342877765313, -176.61502916214059, 12.507343278686905,
                -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
            ],
        }
    }

    pub fn eval(&self, z: f64) -> f64 {
        if z < 0.5 {
            return std::f64::consts::PI / ((std::f64::consts::PI * z).sin() * self.eval(1.0 - z));
        }
        let z = z - 1.0;
        let mut x = self.coeffs[0];
        for (i, c) in self.coeffs.iter().enumerate().skip(1) {
            x += c / (z + i as f64);
        }
        let t = z + self.g + 0.5;
        (2.0 * std::f64::consts::PI).sqrt() * t.powf(z + 0.5) * (-t).exp() * x
    }
}

fn main() {
    let l = Lanczos::new();
    for k in 1..=10 {
        println!("{} {}", k, l.eval(k as f64));
    }
    println!("{}", l.eval(0.5).powi(2));
}
