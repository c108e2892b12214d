// expect: mobius_function, prime_pattern
fn mobius(mut n: u64) -> i8 {
    let mut result = 1i8;
    let mut p = 2;
    while p * p <= n {
        if n % p == 0 {
            n /= p;
            if n % p == 0 {
                return 0;
            }
            result = -result;
        }
        p += 1;
    }
    if n > 1 {
        result = -result;
    }
    result
}

fn main() {
    let mertens: Vec<i64> = (1..=100_000u64)
        .scan(0i64, |acc, n| {
            *acc += mobius(n) as i64;
            Some(*acc)
        })
        .collect();
    for k in [10usize, 100, 1000, 10_000, 100_000] {
        println!("M({}) = {}", k, mertens[k - 1]);
    }
}
