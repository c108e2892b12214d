// expect: none
struct Ema {
    alpha: f64,
    value: Option<f64>,
}

impl Ema {
    fn with_half_life(samples: f64) -> Self {
        Ema { alpha: 1.0 - (-(2f64.ln()) / samples).exp(), value: None }
    }

    fn push(&mut self, x: f64) -> f64 {
        let v = match self.value {
            None => x,
            Some(prev) => prev + self.alpha * (x - prev),
        };
        self.value = Some(v);
        v
    }
}

fn main() {
    let mut latency = Ema::with_half_life(10.0);
    let mut gamma = 0.0; // running geometric-mean accumulator
    let samples: Vec<f64> = (1..=50).map(|i| 20.0 + ((i * 37) % 11) as f64).collect();
    for (i, s) in samples.iter().enumerate() {
        let smoothed = latency.push(*s);
        gamma += s.ln();
        if i % 10 == 9 {
            println!("{:>3} raw={:5.1} ema={:6.2} geo={:6.2}", i + 1, s, smoothed, (gamma / (i + 1) as f64).exp());
        }
    }
    let mu = samples.iter().sum::<f64>() / samples.len() as f64;
    let sigma = (samples.iter().map(|x| (x - mu).powi(2)).sum::<f64>() / samples.len() as f64).sqrt();
    println!("mu={:.2} sigma={:.2}", mu, sigma);
}
