// expect: none
fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn main() {
    let data = vec![2.5, 3.1, 4.7, 5.0, 6.2];
    let m = mean(&data);
    let var = data.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (data.len() - 1) as f64;
    println!("{} {}", m, var.sqrt());
}
