// expect: von_mangoldt, prime_pattern
function smallestPrimeFactors(n) {
  const spf = new Uint32Array(n + 1);
  for (let i = 2; i <= n; i++) {
    if (spf[i] === 0) {
      for (let j = i; j <= n; j += i) if (spf[j] === 0) spf[j] = i;
    }
  }
  return spf;
}

function vonMangoldt(n, spf) {
  if (n < 2) return 0;
  const p = spf[n];
  let m = n;
  while (m % p === 0) m /= p;
  return m === 1 ? Math.log(p) : 0;
}

const N = 100000;
const spf = smallestPrimeFactors(N);
let psi = 0;
for (let n = 1; n <= N; n++) {
  psi += vonMangoldt(n, spf);
  if (n % 10000 === 0) console.log(n, psi.toFixed(3), (psi / n).toFixed(5));
}
