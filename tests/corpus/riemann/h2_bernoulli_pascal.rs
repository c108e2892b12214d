// expect: bernoulli_numbers
fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

#[derive(Clone, Copy, Debug)]
struct Q(i128, i128);

impl Q {
    fn norm(self) -> Q {
        let g = gcd(self.0, self.1).max(1);
        let s = if self.1 < 0 { -1 } else { 1 };
        Q(s * self.0 / g, s * self.1 / g)
    }
    fn add(self, o: Q) -> Q { Q(self.0 * o.1 + o.0 * self.1, self.1 * o.1).norm() }
    fn scale(self, k: i128) -> Q { Q(self.0 * k, self.1).norm() }
}

fn main() {
    const N: usize = 24;
    // Pascal's triangle of binomial coefficients
    let mut c = vec![vec![0i128; N + 2]; N + 2];
    for n in 0..=N + 1 {
        c[n][0] = 1;
        for k in 1..=n {
            c[n][k] = c[n - 1][k - 1] + c[n - 1][k];
        }
    }
    let mut b = vec![Q(0, 1); N + 1];
    b[0] = Q(1, 1);
    for m in 1..=N {
        let mut s = Q(0, 1);
        for k in 0..m {
            s = s.add(b[k].scale(c[m + 1][k]));
        }
        b[m] = Q(-s.0, s.1 * (m as i128 + 1)).norm();
    }
    for (i, q) in b.iter().enumerate().step_by(2) {
        println!("B_{} = {}/{}", i, q.0, q.1);
    }
}
