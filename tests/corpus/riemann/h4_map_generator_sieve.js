// expect: prime_pattern
// Incremental (unbounded) sieve: each composite is stored in a Map keyed by its next multiple.
function* primes() {
  const composites = new Map();
  for (let q = 2; ; q++) {
    const factors = composites.get(q);
    if (factors === undefined) {
      yield q;
      composites.set(q * q, [q]);
    } else {
      for (const p of factors) {
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
