// expect: prime_pattern
'use strict';

function primesBelow(limit) {
  const marks = new Uint8Array(limit);
  const out = [];
  for (let k = 2; k < limit; k++) {
    if (marks[k]) continue;
    out.push(k);
    for (let m = k * k; m < limit; m += k) marks[m] = 1;
  }
  return out;
}

const ps = primesBelow(1e6);
console.log(`found ${ps.length} primes, largest ${ps[ps.length - 1]}`);
