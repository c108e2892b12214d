// expect: prime_counting, prime_pattern
function sieve(n) {
  const isPrime = new Array(n + 1).fill(true);
  isPrime[0] = isPrime[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (!isPrime[i]) continue;
    for (let j = i * i; j <= n; j += i) isPrime[j] = false;
  }
  return isPrime;
}

const limit = 10 ** 7;
const flags = sieve(limit);
for (let x = 10; x <= limit; x *= 10) {
  const pi = flags.slice(0, x + 1).reduce((acc, f) => acc + (f ? 1 : 0), 0);
  console.log(x, pi, (x / Math.log(x)).toFixed(0), (pi / (x / Math.log(x))).toFixed(4));
}
