// expect: bernoulli_numbers
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
const frac = (n, d) => {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n < 0n ? -n : n, d) || 1n;
  return [n / g, d / g];
};
const fadd = ([a, b], [c, d]) => frac(a * d + c * b, b * d);
const fmul = ([a, b], k) => frac(a * k, b);

const binom = (n, k) => {
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - i + 1n)) / i;
  return r;
};

const memo = new Map();
function B(m) {
  if (m === 0) return [1n, 1n];
  if (memo.has(m)) return memo.get(m);
  let s = [0n, 1n];
  for (let k = 0; k < m; k++) s = fadd(s, fmul(B(k), binom(BigInt(m + 1), BigInt(k))));
  const r = frac(-s[0], s[1] * BigInt(m + 1));
  memo.set(m, r);
  return r;
}

for (let i = 0; i <= 30; i += 2) console.log(`B(${i}) = ${B(i)[0]}/${B(i)[1]}`);
