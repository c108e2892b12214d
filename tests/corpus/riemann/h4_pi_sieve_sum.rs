// expect: prime_counting, prime_pattern
fn sieve(n: usize) -> Vec<u8> {
    let mut s = vec![1u8; n + 1];
    s[0] = 0;
    s[1] = 0;
    let mut i = 2;
    while i * i <= n {
        if s[i] == 1 {
            let mut j = i * i;
            while j <= n {
                s[j] = 0;
                j += i;
            }
        }
        i += 1;
    }
    s
}

fn main() {
    let n = 10_000_000;
    let s = sieve(n);
    let mut x = 10;
    while x <= n {
        let pi_x: u32 = s[..=x].iter().map(|&b| b as u32).sum();
        let approx = x as f64 / (x as f64).ln();
        println!("pi({}) = {}  x/ln x = {:.0}", x, pi_x, approx);
        x *= 10;
    }
}
