// expect: prime_counting
// Lucy_Hedgehog's method: counts primes up to n in O(n^(3/4)).
fn count_primes(n: u64) -> u64 {
    let r = (n as f64).sqrt() as u64;
    let mut vals: Vec<u64> = (1..=r).map(|i| n / i).collect();
    let last = *vals.last().unwrap();
    vals.extend((1..last).rev());
    let mut small = vec![0u64; (r + 2) as usize];
    let mut large = vec![0u64; (r + 2) as usize];
    for &v in &vals {
        if v <= r { small[v as usize] = v - 1; } else { large[(n / v) as usize] = v - 1; }
    }
    let get = |v: u64, s: &Vec<u64>, l: &Vec<u64>| if v <= r { s[v as usize] } else { l[(n / v) as usize] };
    for p in 2..=r {
        if small[p as usize] > small[(p - 1) as usize] {
            let sp = small[(p - 1) as usize];
            let p2 = p * p;
            for &v in &vals {
                if v < p2 { break; }
                let sub = get(v / p, &small, &large) - sp;
                if v <= r { small[v as usize] -= sub; } else { large[(n / v) as usize] -= sub; }
            }
        }
    }
    get(n, &small, &large)
}

fn main() {
    for e in 1..=10 {
        let n = 10u64.pow(e);
        println!("π(10^{}) = {}", e, count_primes(n));
    }
}
