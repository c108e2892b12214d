// expect: prime_pattern
// Incremental (unbounded) sieve of Eratosthenes as a generator.
function* primes() {
  const composites = new Map();
  for (let q = 2; ; q++) {
    if (!composites.has(q)) {
      yield q;
      composites.set(q * q, [q]);
    } else {
      for (const p of composites.get(q)) {
        const next = p + q;
        if (composites.has(next)) composites.get(next).push(p);
        else composites.set(next, [p]);
      }
      composites.delete(q);
    }
  }
}

const out = [];
for (const p of primes()) {
  if (p > 200) break;
  out.push(p);
}
console.log(out.join(' '));
