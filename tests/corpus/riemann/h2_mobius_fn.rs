// expect: mobius_function, prime_pattern
fn mobius(mut n: u64) -> i8 {
    if n == 1 {
        return 1;
    }
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
    let row: Vec<String> = (1..=30).map(|k| format!("{:2}", mobius(k))).collect();
    println!("{}", row.join(" "));
    let m: i64 = (1..=10_000).map(|k| mobius(k) as i64).sum();
    println!("M(10000) = {}", m);
}
