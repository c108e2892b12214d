// expect: prime_pattern
fn primes_up_to(n: usize) -> impl Iterator<Item = usize> {
    let mut marks = vec![true; n + 1];
    marks[0] = false;
    if n >= 1 {
        marks[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if marks[i] {
            (i * i..=n).step_by(i).for_each(|m| marks[m] = false);
        }
        i += 1;
    }
    marks.into_iter().enumerate().filter_map(|(k, on)| on.then_some(k))
}

fn main() {
    let gaps: Vec<usize> = primes_up_to(10_000)
        .collect::<Vec<_>>()
        .windows(2)
        .map(|w| w[1] - w[0])
        .collect();
    println!("max gap below 10^4: {}", gaps.iter().max().unwrap());
}
