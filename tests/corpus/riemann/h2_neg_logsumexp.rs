// expect: none
/// Numerically stable softmax and an exponential moving average for a small classifier.
fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

fn softmax(xs: &[f64]) -> Vec<f64> {
    let lse = log_sum_exp(xs);
    xs.iter().map(|x| (x - lse).exp()).collect()
}

fn discounted_return(rewards: &[f64], gamma: f64) -> f64 {
    rewards.iter().rev().fold(0.0, |acc, r| r + gamma * acc)
}

fn main() {
    let logits = [2.0, 1.0, 0.1, -1.3];
    println!("{:?}", softmax(&logits));
    println!("{}", discounted_return(&[1.0, 0.0, 0.0, 1.0, 5.0], 0.99));
    let entropy: f64 = softmax(&logits).iter().map(|p| -p * p.ln()).sum();
    println!("entropy {}", entropy);
}
