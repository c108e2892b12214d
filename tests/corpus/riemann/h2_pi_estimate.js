// expect: prime_counting, prime_pattern
function sieve(n) {
  const composite = new Uint8Array(n + 1);
  for (let i = 2; i * i <= n; i++) {
    if (composite[i]) continue;
    for (let j = i * i; j <= n; j += i) composite[j] = 1;
  }
  return composite;
}

const N = 1e7;
const c = sieve(N);
let count = 0, next = 10;
for (let x = 2; x <= N; x++) {
  if (!c[x]) count++;
  if (x === next) {
    const est = x / Math.log(x);
    console.log(`pi(${x}) = ${count}  x/ln x = ${est.toFixed(0)}  ratio = ${(count / est).toFixed(5)}`);
    next *= 10;
  }
}
