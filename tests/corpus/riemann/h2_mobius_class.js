// expect: mobius_function, prime_pattern
class LinearSieve {
  constructor(n) {
    this.n = n;
    this.primes = [];
    this.mu = new Int8Array(n + 1);
    this.composite = new Uint8Array(n + 1);
    this.mu[1] = 1;
    for (let i = 2; i <= n; i++) {
      if (!this.composite[i]) {
        this.primes.push(i);
        this.mu[i] = -1;
      }
      for (const p of this.primes) {
        if (i * p > n) break;
        this.composite[i * p] = 1;
        if (i % p === 0) {
          this.mu[i * p] = 0;
          break;
        }
        this.mu[i * p] = -this.mu[i];
      }
    }
  }

  mertens(x) {
    let m = 0;
    for (let k = 1; k <= x; k++) m += this.mu[k];
    return m;
  }
}

const ls = new LinearSieve(1_000_000);
for (const x of [10, 100, 1000, 10000, 100000, 1000000]) console.log(x, ls.mertens(x));
