// expect: prime_counting
// Lucy_Hedgehog's method: S(v) = #{primes <= v} for every v = n / k.
fn prime_pi(n: u64) -> u64 {
    let r = (n as f64).sqrt() as u64;
    let mut v: Vec<u64> = (1..=r).map(|i| n / i).collect();
    let last = *v.last().unwrap();
    v.extend((1..last).rev());
    let idx = |x: u64| -> usize {
        if x <= r && x < last { v.len() - x as usize } else { (n / x) as usize - 1 }
    };
    let mut s: Vec<u64> = v.iter().map(|&x| x - 1).collect();
    for p in 2..=r {
        if s[idx(p)] > s[idx(p - 1)] {
            let sp = s[idx(p - 1)];
            let p2 = p * p;
            for i in 0..v.len() {
                if v[i] < p2 {
                    break;
                }
                let j = idx(v[i] / p);
                s[i] -= s[j] - sp;
            }
        }
    }
    s[0]
}

fn main() {
    for e in 1..=11 {
        let n = 10u64.pow(e);
        println!("pi(10^{}) = {}", e, prime_pi(n));
    }
}
