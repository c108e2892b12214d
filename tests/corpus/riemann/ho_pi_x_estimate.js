// expect: prime_counting, prime_pattern
const N = 10_000_000;
const sieve = new Uint8Array(N + 1).fill(1);
sieve[0] = sieve[1] = 0;
for (let i = 2; i * i <= N; i++) {
  if (sieve[i]) {
    for (let j = i * i; j <= N; j += i) sieve[j] = 0;
  }
}

// pi(x): number of primes <= x
let count = 0;
let next = 10;
for (let x = 2; x <= N; x++) {
  count += sieve[x];
  if (x === next) {
    console.log(`pi(${x}) = ${count}, x/ln x = ${(x / Math.log(x)).toFixed(1)}`);
    next *= 10;
  }
}
