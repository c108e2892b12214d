// expect: prime_pattern, modular_arithmetic
'use strict';

const modPow = (b, e, m) => {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
};

function isProbablePrime(n, witnesses = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n]) {
  if (n < 2n) return false;
  for (const w of witnesses) if (n % w === 0n) return n === w;
  let d = n - 1n, s = 0;
  while ((d & 1n) === 0n) { d >>= 1n; s++; }
  outer: for (const a of witnesses) {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

const mersenne = [];
for (let p = 2n; p < 128n; p++) {
  if (isProbablePrime(p) && isProbablePrime((1n << p) - 1n)) mersenne.push(Number(p));
}
console.log('Mersenne exponents:', mersenne.join(' '));
