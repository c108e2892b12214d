// expect: modular_arithmetic
trait ModOps: Sized {
    fn mul_mod(self, rhs: Self, m: Self) -> Self;
    fn pow_mod(self, exp: Self, m: Self) -> Self;
    fn inv_mod(self, m: Self) -> Option<Self>;
}

impl ModOps for u64 {
    fn mul_mod(self, rhs: u64, m: u64) -> u64 {
        ((self as u128 * rhs as u128) % m as u128) as u64
    }

    fn pow_mod(self, mut exp: u64, m: u64) -> u64 {
        let mut base = self % m;
        let mut acc = 1 % m;
        while exp > 0 {
            if exp & 1 == 1 {
                acc = acc.mul_mod(base, m);
            }
            base = base.mul_mod(base, m);
            exp >>= 1;
        }
        acc
    }

    fn inv_mod(self, m: u64) -> Option<u64> {
        let (mut old_r, mut r) = (self as i128, m as i128);
        let (mut old_s, mut s) = (1i128, 0i128);
        while r != 0 {
            let q = old_r / r;
            (old_r, r) = (r, old_r - q * r);
            (old_s, s) = (s, old_s - q * s);
        }
        if old_r != 1 {
            return None;
        }
        Some(old_s.rem_euclid(m as i128) as u64)
    }
}

fn main() {
    let m = 998_244_353u64;
    println!("3^(m-1) mod m = {}", 3u64.pow_mod(m - 1, m));
    let inv = 123_456_789u64.inv_mod(m).unwrap();
    println!("inverse = {}, check = {}", inv, inv.mul_mod(123_456_789, m));
    println!("{:?}", 6u64.inv_mod(9));
}
