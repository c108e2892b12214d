// expect: bernoulli_numbers
#[derive(Clone, Copy, Debug)]
struct Q { n: i128, d: i128 }

fn gcd(a: i128, b: i128) -> i128 { if b == 0 { a.abs() } else { gcd(b, a % b) } }

impl Q {
    fn new(n: i128, d: i128) -> Q {
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Q { n: s * n / g, d: s * d / g }
    }
    fn sub(self, o: Q) -> Q { Q::new(self.n * o.d - o.n * self.d, self.d * o.d) }
    fn scale(self, k: i128) -> Q { Q::new(self.n * k, self.d) }
}

fn bernoulli(n: usize) -> Q {
    let mut a: Vec<Q> = Vec::with_capacity(n + 1);
    for m in 0..=n {
        a.push(Q::new(1, (m + 1) as i128));
        for j in (1..=m).rev() {
            a[j - 1] = a[j - 1].sub(a[j]).scale(j as i128);
        }
    }
    a[0]
}

fn main() {
    for i in (0..=24).step_by(2) {
        let b = bernoulli(i);
        println!("B{:<2} = {}/{}", i, b.n, b.d);
    }
}
