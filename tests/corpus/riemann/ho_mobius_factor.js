// expect: mobius_function, prime_pattern
function mobius(n) {
  let result = 1;
  for (let p = 2; p * p <= n; p++) {
    if (n % p === 0) {
      n /= p;
      if (n % p === 0) return 0;
      result = -result;
    }
  }
  return n > 1 ? -result : result;
}

const row = [];
for (let n = 1; n <= 40; n++) row.push(mobius(n));
console.log(row.join(' '));
