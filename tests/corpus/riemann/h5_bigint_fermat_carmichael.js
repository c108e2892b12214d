// expect: modular_arithmetic, prime_pattern
'use strict';

const powMod = (base, exp, mod) => {
  let result = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
};

// Fermat probable-prime test to several bases
const isProbablePrime = (n, bases = [2n, 3n, 5n, 7n]) => {
  if (n < 2n) return false;
  for (const a of bases) {
    if (n === a) return true;
    if (n % a === 0n) return false;
    if (powMod(a, n - 1n, n) !== 1n) return false;
  }
  return true;
};

const carmichael = [561n, 1105n, 1729n, 2465n];
for (const c of carmichael) {
  console.log(`${c}: base-2 pseudoprime=${powMod(2n, c - 1n, c) === 1n}, test says ${isProbablePrime(c)}`);
}
console.log(isProbablePrime(2n ** 61n - 1n));
