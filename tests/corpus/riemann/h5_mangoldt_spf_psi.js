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

const N = 1e6;
const spf = smallestPrimeFactors(N);

// Lambda(n) = log p if n is a power of the prime p, 0 otherwise
function Lambda(n) {
  if (n < 2) return 0;
  const p = spf[n];
  let m = n;
  while (m % p === 0) m /= p;
  return m === 1 ? Math.log(p) : 0;
}

let psi = 0;
for (let x = 1; x <= N; x++) {
  psi += Lambda(x);
  if (Number.isInteger(Math.log10(x)) && x >= 10) {
    console.log(`psi(${x}) = ${psi.toFixed(3)}  psi/x = ${(psi / x).toFixed(5)}`);
  }
}
