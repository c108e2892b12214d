// expect: mobius_function, prime_pattern
function mu(n) {
  let result = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      n /= d;
      if (n % d === 0) return 0;
      result = -result;
    }
  }
  if (n > 1) result = -result;
  return result;
}

let M = 0;
const rows = [];
for (let n = 1; n <= 100; n++) {
  M += mu(n);
  rows.push({ n, mu: mu(n), mertens: M });
}
console.table(rows.slice(0, 30));
