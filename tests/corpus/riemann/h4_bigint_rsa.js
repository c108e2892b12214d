// expect: modular_arithmetic
function modPow(base, exp, mod) {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

function modInverse(a, m) {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}

const p = 1000000007n, q = 998244353n;
const n = p * q, phi = (p - 1n) * (q - 1n);
const e = 65537n;
const d = modInverse(e, phi);
const msg = 123456789n;
const c = modPow(msg, e, n);
console.log('cipher', c.toString(), 'plain', modPow(c, d, n).toString());
