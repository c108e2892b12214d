// expect: none
use std::collections::HashMap;

/// Shannon entropy (bits per byte) of a buffer, used to flag packed/encrypted files.
fn entropy(data: &[u8]) -> f64 {
    let mut counts = [0usize; 256];
    for &b in data {
        counts[b as usize] += 1;
    }
    let n = data.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

fn main() {
    let mut freq: HashMap<char, usize> = HashMap::new();
    let text = "the quick brown fox jumps over the lazy dog";
    for ch in text.chars() {
        *freq.entry(ch).or_default() += 1;
    }
    println!("entropy = {:.4}", entropy(text.as_bytes()));
    println!("distinct = {}", freq.len());
}
