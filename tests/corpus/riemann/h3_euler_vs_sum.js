// expect: euler_product, prime_pattern
const isPrime = (n) => {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
};

function eulerProduct(s, maxPrime) {
  let prod = 1;
  for (let p = 2; p <= maxPrime; p++) {
    if (isPrime(p)) prod *= 1 / (1 - p ** -s);
  }
  return prod;
}

const basel = Math.PI ** 2 / 6;
[10, 100, 1000, 10000].forEach((m) => {
  const v = eulerProduct(2, m);
  console.log(`primes up to ${m}: ${v.toFixed(10)} (pi^2/6 - value = ${(basel - v).toExponential(3)})`);
});
