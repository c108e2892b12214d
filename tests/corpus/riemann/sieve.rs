// expect: prime_pattern
fn sieve(n: usize) -> Vec<usize> {
    let mut composite = vec![false; n + 1];
    let mut i = 2;
    while i * i <= n {
        if !composite[i] {
            for j in (i * i..=n).step_by(i) {
                composite[j] = true;
            }
        }
        i += 1;
    }
    (2..=n).filter(|&k| !composite[k]).collect()
}

fn main() {
    println!("{:?}", sieve(100));
}
