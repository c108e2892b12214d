// expect: modular_arithmetic, prime_pattern
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

function isProbablePrime(n, witnesses = [2n, 3n, 5n, 7n, 11n, 13n]) {
  if (n < 2n) return false;
  for (const a of witnesses) {
    if (n === a) return true;
    if (n % a === 0n) return false;
    if (modPow(a, n - 1n, n) !== 1n) return false;
  }
  return true;
}

const candidates = [561n, 1105n, 7919n, 104729n, 2305843009213693951n];
for (const c of candidates) console.log(c.toString(), isProbablePrime(c));
