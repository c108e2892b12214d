// expect: mobius_function, prime_pattern
function mobiusSieve(n) {
  const mu = new Int8Array(n + 1).fill(1);
  const composite = new Uint8Array(n + 1);
  mu[0] = 0;
  for (let p = 2; p <= n; p++) {
    if (composite[p]) continue;
    for (let k = p; k <= n; k += p) {
      if (k > p) composite[k] = 1;
      mu[k] = -mu[k];
    }
    const sq = p * p;
    for (let k = sq; k <= n; k += sq) mu[k] = 0;
  }
  return mu;
}

const N = 1e6;
const mu = mobiusSieve(N);
let M = 0, worst = 0;
for (let x = 1; x <= N; x++) {
  M += mu[x];
  worst = Math.max(worst, Math.abs(M) / Math.sqrt(x));
  if (Number.isInteger(Math.log10(x))) console.log(`M(${x}) = ${M}`);
}
console.log('max |M(x)|/sqrt(x):', worst.toFixed(4));
