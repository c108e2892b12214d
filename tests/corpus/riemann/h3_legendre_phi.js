// expect: prime_counting, prime_pattern
function smallPrimes(n) {
  const s = new Uint8Array(n + 1).fill(1);
  s[0] = s[1] = 0;
  for (let i = 2; i * i <= n; i++) if (s[i]) for (let j = i * i; j <= n; j += i) s[j] = 0;
  const ps = [];
  s.forEach((v, i) => v && ps.push(i));
  return ps;
}

const memo = new Map();
function phi(x, a, ps) {
  if (a === 0) return x;
  const key = x * 1000 + a;
  if (memo.has(key)) return memo.get(key);
  const r = phi(x, a - 1, ps) - phi(Math.floor(x / ps[a - 1]), a - 1, ps);
  memo.set(key, r);
  return r;
}

// Legendre: pi(x) = phi(x, a) + a - 1 with a = pi(sqrt x)
function primePi(x) {
  if (x < 2) return 0;
  const ps = smallPrimes(Math.floor(Math.sqrt(x)));
  const a = ps.length;
  return phi(x, a, ps) + a - 1;
}

for (const x of [10, 100, 1000, 100000, 1000000]) console.log(`pi(${x}) = ${primePi(x)}`);
